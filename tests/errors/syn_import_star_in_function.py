def load_everything():
    from asyncio import *
    return sleep
