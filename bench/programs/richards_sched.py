"""Benchmark (object-heavy): a small operating-system scheduler in the
style of the classic Richards benchmark, written from its description: an
idle task, a worker, two handlers and two devices pass packets around a
priority queue of task control blocks.  Classes, attribute reads and
writes, method calls and linked lists, nothing else."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.waiting = False
        self.held = False

    def blocked(self):
        return self.held or (self.waiting and not self.packet_pending)


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__()
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = state.packet_pending
        self.waiting = state.waiting
        self.held = state.held
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.packet_pending = self.queue is not None
        return p

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state, seed, count):
        super().__init__(sched, ident, priority, queue, state)
        self.seed = seed
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.counter = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait_self()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.data[i] = self.counter
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < 4:
                dev = self.device_in
                if dev is not None:
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait_self()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.wait_self()
            p = self.pending
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait_self(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.blocked():
                t = t.link
                continue
            self.current = t
            packet = None
            if t.waiting and t.packet_pending:
                packet = t.take_packet()
                t.waiting = False
            t = t.step(packet)


def state(pending, waiting, held):
    s = TaskState()
    s.packet_pending, s.waiting, s.held = pending, waiting, held
    return s


def simulate(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, state(False, False, False), 1, count)
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq, state(True, True, False))
    for ident, prio, dev in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        q = Packet(None, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        q = Packet(q, dev, KIND_DEVICE)
        HandlerTask(s, ident, prio, q, state(True, True, False))
    DeviceTask(s, DEVICE_A, 4000, None, state(False, True, False))
    DeviceTask(s, DEVICE_B, 5000, None, state(False, True, False))
    s.run()
    return s.queue_count, s.hold_count


for rounds in (10000, 20000, 40000):
    print("richards", rounds, simulate(rounds))
