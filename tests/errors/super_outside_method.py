def helper():
    return super().run()


helper()
