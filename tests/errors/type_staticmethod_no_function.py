class Helpers:
    @staticmethod()
    def clean(text):
        return text.strip()
