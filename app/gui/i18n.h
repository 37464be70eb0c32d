// UI strings in English and Simplified Chinese.  The language is a process-wide
// choice (one app per process); the default comes from the locale.
#pragma once
#include <string>
#include <vector>

namespace sandbox::gui {

enum class Lang : int { En = 0, Zh = 1 };

#define SANDBOX_UI_STRINGS(X)                                              \
  X(MenuFile, "File", "文件")                                              \
  X(MenuOpen, "Open...", "打开...")                                        \
  X(MenuSave, "Save", "保存")                                              \
  X(MenuSaveAs, "Save as...", "另存为...")                                 \
  X(MenuRecent, "Recent files", "最近的文件")                              \
  X(MenuExportChrome, "Export trace (Chrome JSON)...", "导出跟踪 (Chrome JSON)...") \
  X(MenuScreenshot, "Save screenshot", "保存截图")             \
  X(MenuQuit, "Quit", "退出")                                              \
  X(QuitAsk, "Save your changes to %s before quitting?", "退出前保存对 %s 的修改吗？") \
  X(BtnSave, "Save", "保存")                                               \
  X(BundledReadOnly, "Bundled scenarios stay as shipped: save your version under a new name.", "内置示例保持原样：请用新名字保存你的版本。") \
  X(ScreenshotSaved, "Screenshot saved to %s", "截图已保存到 %s")          \
  X(CannotWrite, "Cannot write %s", "无法写入 %s")                          \
  X(MenuView, "View", "视图")                                              \
  X(MenuPresentation, "Presentation mode", "演示模式")           \
  X(MenuFullscreen, "Fullscreen", "全屏")                      \
  X(MenuZoomIn, "Larger text", "放大文字")               \
  X(MenuZoomOut, "Smaller text", "缩小文字")             \
  X(MenuLightTheme, "Light theme", "浅色主题")                             \
  X(MenuLanguage, "Language", "语言")                                      \
  X(MenuScenarios, "Scenarios", "示例")                                    \
  X(PanelCode, "Code", "代码")                                             \
  X(PanelScenarios, "Scenarios", "示例")                                   \
  X(PanelTimeline, "Timeline", "时间线")                                   \
  X(PanelLoop, "Event loop", "事件循环")                                   \
  X(PanelTasks, "Tasks", "任务")                                           \
  X(PanelQueues, "Queues", "队列")                                         \
  X(PanelSync, "Locks & semaphores", "锁与信号量")                         \
  X(PanelSockets, "Sockets", "套接字")                                     \
  X(PanelConsole, "Console", "控制台")                                     \
  X(PanelNarration, "What happened", "发生了什么")                         \
  X(PanelAbout, "About this scenario", "关于本示例")                       \
  X(BtnReset, "Reset", "重置")                                             \
  X(BtnBack, "Back", "后退")                                               \
  X(BtnStep, "Step", "单步")                                               \
  X(BtnLine, "Line", "下一行")                                             \
  X(BtnCallback, "Callback", "回调")                                       \
  X(BtnIteration, "Iteration", "循环轮次")                                 \
  X(BtnOutput, "Output", "输出")                                           \
  X(BtnBreakpoint, "To breakpoint", "到断点")                              \
  X(BtnPlay, "Play", "播放")                                               \
  X(BtnPause, "Pause", "暂停")                                             \
  X(BtnEnd, "End", "结尾")                                                 \
  X(BtnEdit, "Edit", "编辑")                                               \
  X(BtnRun, "Run (Ctrl+Enter)", "运行 (Ctrl+Enter)")                       \
  X(BtnCancel, "Cancel", "取消")                                           \
  X(BtnOk, "OK", "确定")                                                   \
  X(BtnRecover, "Recover", "恢复")                                         \
  X(BtnStop, "Stop", "停止")                                               \
  X(Live, "Live", "实时")                                                  \
  X(LiveTip, "Run in real time on libuv, with real loopback sockets (nc 127.0.0.1 PORT).\nThe speed (x0.1 to x10) applies from the next run.", "在 libuv 上实时运行，使用真实的本机套接字（nc 127.0.0.1 端口）。\n速度（x0.1 到 x10）从下一次运行起生效。") \
  X(BtnDiscard, "Discard", "丢弃")                                         \
  X(RecoverAsk, "Recover unsaved edits to %s from %s?", "恢复 %s 在 %s 未保存的修改？") \
  X(BtnFit, "Fit", "全部")                                                 \
  X(AxisSteps, "Loop steps", "循环步")                                     \
  X(AxisTime, "Virtual time", "虚拟时间")                                  \
  X(SpeedEvents, "events/s", "事件/秒")                                    \
  X(SpeedTime, "x time", "倍速")                                           \
  X(JumpTime, "Jump to t =", "跳到 t =")                                   \
  X(Event, "event", "事件")                                                \
  X(Time, "time", "时间")                                                  \
  X(Iteration, "iteration", "轮次")                                        \
  X(ReadyQueue, "Ready queue (runs next, in order)", "就绪队列（按顺序执行）") \
  X(TimerHeap, "Timers (by deadline)", "定时器（按到期时间）")             \
  X(Clock, "Virtual clock", "虚拟时钟")                                    \
  X(PhaseRunReady, "run ready callbacks", "执行就绪回调")                  \
  X(PhaseComputeTimeout, "compute timeout", "计算超时")                    \
  X(PhasePollIO, "poll I/O", "轮询 I/O")                                   \
  X(PhaseDueTimers, "due timers -> ready", "到期定时器 -> 就绪")           \
  X(Empty, "(empty)", "（空）")                                            \
  X(Left, "left", "剩余")                                                  \
  X(Cancelled, "cancelled", "已取消")                                      \
  X(ColName, "Task", "任务")                                               \
  X(ColState, "State", "状态")                                             \
  X(ColAwaiting, "Awaiting", "等待")                                       \
  X(ColLine, "Line", "行")                                                 \
  X(ColResult, "Result", "结果")                                           \
  X(StReady, "ready", "就绪")                                              \
  X(StRunning, "running", "运行中")                                        \
  X(StWaiting, "waiting", "等待中")                                        \
  X(StDone, "done", "已完成")                                              \
  X(StCancelled, "cancelled", "已取消")                                    \
  X(StFailed, "failed", "失败")                                            \
  X(Value, "value", "值")                                                  \
  X(Owner, "owner", "持有者")                                              \
  X(Waiters, "waiters", "等待者")                                          \
  X(Getters, "waiting to get", "等待取出")                                 \
  X(Putters, "waiting to put", "等待放入")                                 \
  X(Unfinished, "unfinished", "未完成")                                    \
  X(Listening, "listening", "监听中")                                      \
  X(Written, "written", "已写")                                            \
  X(Read, "read", "已读")                                                  \
  X(Buffered, "in buffer", "缓冲中")                                       \
  X(Eof, "EOF", "EOF")                                                     \
  X(Closed, "closed", "已关闭")                                            \
  X(NoQueues, "No queues yet.", "还没有队列。")                            \
  X(NoSync, "No locks, events or semaphores yet.", "还没有锁、事件或信号量。") \
  X(NoSockets, "No sockets yet.", "还没有套接字。")                        \
  X(NoTasks, "No tasks yet.", "还没有任务。")                              \
  X(NoOutput, "Nothing printed yet.", "还没有输出。")                      \
  X(NoProgram, "Pick a scenario or open a .py file (drop one on the window).", "选择一个示例，或打开一个 .py 文件（可拖入窗口）。") \
  X(StartHint, "Press Space to run the first event.", "按空格键执行第一个事件。") \
  X(Finished, "The program has finished.", "程序已结束。")                 \
  X(SyntaxError, "The code has an error; the previous run is still shown.", "代码有错误；仍显示上一次运行。") \
  X(Editing, "Editing: Ctrl+Enter runs it again from the start.", "编辑中：Ctrl+Enter 从头重新运行。") \
  X(OpenFile, "Open a Python file", "打开 Python 文件")                    \
  X(SaveFile, "Save as", "另存为")                                         \
  X(FileName, "File name", "文件名")                                       \
  X(Loop, "loop", "循环")                                                  \
  X(Phases, "phase", "阶段")                                               \
  X(Callbacks, "callbacks", "回调")                                        \
  X(Size, "size", "大小")                                                  \
  X(Of, "of", "/")                                                         \
  X(BlocksLoop, "blocks the loop", "阻塞事件循环")                          \
  X(BlocksLoopTip, "This step never awaits: the whole loop waits for it, no other task can run.", "这一步从不 await：整个事件循环都在等它，其他任务无法运行。") \
  X(MixedTip, "Several states in this sliver, none for most of it: zoom in to see them.", "这一小段里有多种状态，没有哪种占多数：放大可看清。") \
  X(MergedTip, "Several short states merged; the colour is the one that lasts longest here.", "多个短状态合并显示；颜色取持续最久的那个。") \
  X(LegendWaitingOn, "waiting on", "等待")                                 \
  X(LegendMixed, "mixed (zoom in)", "混合（放大查看）")                    \
  X(LegendTitle, "Colours", "颜色")                                     \
  X(MenuShowLoop, "Event loop panel", "事件循环面板")                      \
  X(MenuShowTasks, "Tasks and objects panel", "任务与对象面板")            \
  X(MenuShowConsole, "Console panel", "控制台面板")                        \
  X(MenuShowScrubber, "Scrubber and jump to time", "进度条与跳转时间")     \
  X(MenuKeyHelp, "Keys", "快捷键")                                         \
  X(KeyHelpTitle, "Keys (F1 or ? to close)", "快捷键（按 F1 或 ? 关闭）")  \
  X(KeyStep, "one event forward", "前进一个事件")                          \
  X(KeyBack, "one event back", "后退一个事件")                             \
  X(KeyLine, "to the next line of code", "到下一行代码")                   \
  X(KeyCallback, "to the next callback", "到下一个回调")                   \
  X(KeyIteration, "to the next loop iteration", "到下一轮循环")            \
  X(KeyOutput, "to the next print", "到下一次输出")                        \
  X(KeyBreakpoint, "to the next breakpoint (click a line number to set one)", "到下一个断点（点击行号设置）") \
  X(KeyPlay, "play / pause", "播放 / 暂停")                                \
  X(KeyStartEnd, "to the start / to the end", "到开头 / 到结尾")           \
  X(KeyFit, "fit the whole timeline (wheel zooms, drag pans)", "时间线全部显示（滚轮缩放，拖动平移）") \
  X(KeyPanels, "show or hide: event loop, tasks, console", "显示或隐藏：事件循环、任务、控制台") \
  X(KeyPresent, "presentation mode", "演示模式")                           \
  X(KeyFullscreen, "fullscreen", "全屏")                                   \
  X(KeyShot, "screenshot", "截图")                                         \
  X(KeyZoom, "larger / smaller text", "放大 / 缩小文字")                   \
  X(KeyFiles, "open / save / quit", "打开 / 保存 / 退出")                  \
  X(KeyRun, "run the edited code again", "重新运行修改后的代码")           \
  X(KeyHelp, "this help", "本帮助")                                         \
  X(StatusKeptAside, "unsaved edits to %s kept for recovery", "%s 未保存的修改已留作恢复") \
  X(StatusCannotRead, "cannot read %s", "无法读取 %s")                     \
  X(StatusSaved, "saved %s", "已保存 %s")                                  \
  X(StatusRecovered, "recovered %s", "已恢复 %s")                          \
  X(StatusExported, "exported %s", "已导出 %s")                            \
  X(StatusLive, "live", "实时")                                            \
  X(StoppedByYou, "Stopped by you (as Ctrl+C): tasks cancelled, sockets closed.", "已由你停止（如同 Ctrl+C）：任务已取消，套接字已关闭。")

enum class Str : int {
#define SANDBOX_X(id, en, zh) id,
  SANDBOX_UI_STRINGS(SANDBOX_X)
#undef SANDBOX_X
      Count
};

Lang language();
void set_language(Lang l);
Lang default_language();               // from LANGUAGE / LC_ALL / LC_MESSAGES / LANG
const char* tr(Str s);                 // in the current language
const char* tr(Str s, Lang l);
// A status message with one %s filled in, in the current language.
std::string tr_fmt(Str s, const std::string& arg);
// Every Chinese UI string, for building the font atlas from what is used.
std::vector<const char*> all_zh_strings();

}  // namespace sandbox::gui
