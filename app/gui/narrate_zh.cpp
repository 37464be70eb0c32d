// 简体中文 narration templates (see narrate.h for the placeholders).
#include "narrate.h"

namespace sandbox::gui {

const char* narration_zh(NKey k) {
  switch (k) {
    case NKey::ProgramStart: return "程序 {s} 开始：模块代码从头执行。";
    case NKey::ProgramEndOk: return "程序正常结束。";
    case NKey::ProgramEndFailed: return "程序因未捕获的异常而结束（退出码 1）。";
    case NKey::LineTask: return "{task} 执行第 {line} 行。";
    case NKey::LineModule: return "模块代码执行第 {line} 行。";
    case NKey::Output: return "{task} 在 t={t} 打印了 \"{s}\"。";
    case NKey::LoopBlocked: return "time.sleep({d}) 阻塞了整个事件循环：{d} 秒内其他任务都无法运行。";
    case NKey::Limit: return "运行被终止：{s}";
    case NKey::Name: return "该对象被命名为 {s}。";
    case NKey::LoopStart: return "asyncio.run() 启动事件循环；主任务已就绪。";
    case NKey::LoopStop: return "事件循环停止：主协程已结束。";
    case NKey::IterationBegin: return "事件循环第 {n} 轮开始（BaseEventLoop._run_once）。";
    case NKey::ComputeTimeoutZero: return "有就绪的回调，循环不会休眠（超时为 0）。";
    case NKey::ComputeTimeoutTimer: return "没有就绪的回调：循环最多休眠 {d} 秒，直到下一个定时器。";
    case NKey::ComputeTimeoutNone: return "没有就绪回调，也没有定时器：循环等待 I/O。";
    case NKey::PollIO: return "循环轮询 I/O：收到 {n} 个事件。";
    case NKey::DueTimers: return "{n} 个定时器到期：它们的回调进入就绪队列。";
    case NKey::RunReady: return "循环按顺序执行 {n} 个就绪的回调。";
    case NKey::ClockAdvance: return "虚拟时间跳到 t={d}：在下一个定时器之前什么都不会发生。";
    case NKey::ScheduleStep: return "{task} 被安排执行下一步（call_soon）。";
    case NKey::ScheduleWakeup: return "{task} 将被唤醒：它等待的对象已完成。";
    case NKey::ScheduleFutureCallback: return "一个完成回调被安排执行：{s}。";
    case NKey::ScheduleUserCallback: return "call_soon 安排了 {s}。";
    case NKey::ScheduleInternal: return "一个内部回调被安排执行：{s}。";
    case NKey::HandleRunTask: return "循环取出下一个就绪回调：{task} 的一步。";
    case NKey::HandleRunOther: return "循环执行下一个就绪回调：{s}。";
    case NKey::HandleCancelled: return "一个已安排的回调被取消，循环将跳过它。";
    case NKey::TimerSleep: return "{task} 休眠 {dt} 秒：定时器设在 t={d}。";
    case NKey::TimerCallLater: return "call_later：定时器设在 t={d}。";
    case NKey::TimerTimeout: return "设置了超时：除非工作先完成，否则在 t={d} 触发。";
    case NKey::TimerOther: return "定时器设在 t={d}。";
    case NKey::TimerCancelled: return "一个定时器被取消；它会留在堆中直到到期。";
    case NKey::TimerDueTask: return "{task} 的定时器在 t={t} 到期：其回调进入就绪队列。";
    case NKey::TimerDueOther: return "一个定时器在 t={t} 到期：其回调进入就绪队列。";
    case NKey::TaskCreated: return "新任务 {task} 包装了 {s}()，已安排启动。";
    case NKey::StepFirst: return "{task} 开始运行 {s}()。";
    case NKey::StepSend: return "{task} 在第 {line} 行恢复{why}。";
    case NKey::StepThrow: return "{task} 在第 {line} 行恢复，并被抛入一个异常{why}。";
    case NKey::EndYield: return "{task} 让出控制（sleep(0)）：它排到就绪队列的末尾。";
    case NKey::EndTimer: return "{task} 在 await 处暂停：休眠直到定时器触发。";
    case NKey::EndFuture: return "{task} 在 await 处暂停：等待一个 future（{obj}）。";
    case NKey::EndTask: return "{task} 在 await 处暂停：等待任务 {obj} 结束。";
    case NKey::EndGather: return "{task} 在 await 处暂停：gather 等待所有子任务。";
    case NKey::EndQueue: return "{task} 在 await 处暂停：等待队列 {obj}。";
    case NKey::EndLock: return "{task} 在 await 处暂停：锁 {obj} 被其他任务持有。";
    case NKey::EndSemaphore: return "{task} 在 await 处暂停：信号量 {obj} 没有空位。";
    case NKey::EndEvent: return "{task} 在 await 处暂停：等待事件 {obj} 被设置。";
    case NKey::EndCondition: return "{task} 在 await 处暂停：等待条件变量 {obj}。";
    case NKey::EndSocket: return "{task} 在 await 处暂停：等待套接字 {obj}。";
    case NKey::EndOther: return "{task} 在 await 处暂停。";
    case NKey::EndReturned: return "{task} 完成，返回 {s}。";
    case NKey::EndRaised: return "{task} 失败：{s}。";
    case NKey::EndCancelled: return "{task} 被取消：CancelledError 结束了它。";
    case NKey::CancelRequested: return "调用了 {task}.cancel()：CancelledError 将在它的 await 处抛出。";
    case NKey::FutureCreated: return "创建了 future {obj}。";
    case NKey::FutureResult: return "{obj} 完成，结果为 {s}。";
    case NKey::FutureException: return "{obj} 完成，异常为 {s}。";
    case NKey::FutureCancelled: return "{obj} 被取消。";
    case NKey::CallbackAdded: return "{obj} 完成时将调用 {s}。";
    case NKey::QueueCreated: return "创建了队列 {obj}（maxsize {n}）。";
    case NKey::QueueCreatedUnbounded: return "创建了队列 {obj}（不限大小）。";
    case NKey::QueuePut: return "{task} 把 {s} 放入 {obj}。";
    case NKey::QueueGet: return "{task} 从 {obj} 取出 {s}。";
    case NKey::QueuePutWait: return "{obj} 已满：{task} 等待空位。";
    case NKey::QueueGetWait: return "{obj} 为空：{task} 等待新元素。";
    case NKey::QueueTaskDone: return "task_done()：{obj} 还有 {n} 个元素未处理完。";
    case NKey::QueueJoinWait: return "{task} 等待 {obj} 的所有元素处理完（join）。";
    case NKey::SyncCreated: return "创建了 {obj}。";
    case NKey::SyncAcquire: return "{task} 获得了 {obj}。";
    case NKey::SyncWait: return "{task} 必须等待 {obj}。";
    case NKey::SyncRelease: return "{task} 释放了 {obj}。";
    case NKey::SyncNotify: return "{obj} 通知了 {n} 个等待者。";
    case NKey::SyncWake: return "{task} 被 {obj} 唤醒。";
    case NKey::EventSet: return "{obj} 被设置：所有等待它的任务都被唤醒。";
    case NKey::EventClear: return "{obj} 被清除。";
    case NKey::SockListen: return "服务器在端口 {n} 上监听。";
    case NKey::SockConnect: return "{task} 连接端口 {n}。";
    case NKey::SockAccept: return "服务器接受了一个连接（{obj}）。";
    case NKey::SockRefused: return "连接端口 {n} 被拒绝：没有人在监听。";
    case NKey::SockWrite: return "{task} 向 {obj} 写入 {n} 字节。";
    case NKey::SockRead: return "{task} 从 {obj} 读取 {n} 字节。";
    case NKey::SockEof: return "{obj} 读到流末尾：对端已关闭。";
    case NKey::SockClose: return "{obj} 已关闭。";
    case NKey::SockDrainWait: return "{task} 在 drain() 中等待：{obj} 的写缓冲已满。";
    case NKey::ExcRaised: return "{task} 在第 {line} 行抛出 {s}。";
    case NKey::ExcCaught: return "{task} 在第 {line} 行捕获了异常。";
    case NKey::ExcUncaught: return "没有人捕获它：{s}";
    case NKey::WhyTimer: return "：它的定时器在 t={t} 触发";
    case NKey::WhyResult: return "：它等待的对象已完成";
    case NKey::WhyException: return "：它等待的对象抛出了异常";
    case NKey::WhyCancelled: return "：它等待的对象被取消";
    case NKey::WhyPut: return "：队列中放入了新元素";
    case NKey::WhyGet: return "：队列腾出了空位";
    case NKey::WhyRelease: return "：锁或信号量被释放";
    case NKey::WhyEventSet: return "：事件被设置";
    case NKey::WhySockData: return "：套接字收到了数据";
    case NKey::WhyNotify: return "：条件变量发出了通知";
    case NKey::Nothing: return "还没有执行任何事件。";
    case NKey::Count: break;
  }
  return "";
}

}  // namespace sandbox::gui
