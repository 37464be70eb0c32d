settings = {"debug": True}


@settings
def handler():
    return "handled"
