"""Independent tasks shared between this process and one forked child, on a machine with a second core.

Both processes claim tasks from one pipe that holds the tasks' numbers (a read of one byte from a pipe is atomic,
so each task is claimed once), so whichever process is free takes the next one and neither waits for the other
while work is left. The child sends its results back pickled; the parent puts every result at its task's place.
Where the results come from changes nothing: `work` must give the same result for a task in either process
(it is a pure function of the task, as formatting a piece is). If the child fails or cannot be started, the parent
does the tasks it did not deliver itself, so the result is always complete.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import warnings
from collections.abc import Callable, Sequence
from contextlib import suppress
from typing import TypeVar

from ..load.background import can_fork, close_other_files

Task = TypeVar("Task")
Result = TypeVar("Result")
MAX_TASKS = 255  # task numbers are single bytes


def map_shared(work: Callable[[Task], Result], tasks: Sequence[Task]) -> list[Result]:
    """`work(task)` for every task, in order, done by this process and a forked child together."""
    if len(tasks) < 2 or len(tasks) > MAX_TASKS or not can_fork():
        return [work(task) for task in tasks]
    claims_read, claims_write = os.pipe()
    os.write(claims_write, bytes(range(len(tasks))))  # far below the pipe's buffer: never blocks
    os.close(claims_write)
    results_read, results_write = os.pipe()
    with warnings.catch_warnings():  # Python >= 3.12 warns on fork with threads; the child runs no thread's code
        warnings.simplefilter("ignore", DeprecationWarning)
        pid = os.fork()
    if pid == 0:  # the child: never returns
        _child(work, tasks, claims_read, results_write)
    os.close(results_write)
    done: dict[int, Result] = {}
    reaped = False
    try:
        for index in _Claims(claims_read):
            done[index] = work(tasks[index])
        delivered: dict[int, Result] = _child_results(pid, results_read)
        reaped = True
        done.update(delivered)
    finally:
        os.close(claims_read)
        if not reaped:  # an error in this process: the child may still be working
            _stop(pid, results_read)
    return [done[index] if index in done else work(tasks[index]) for index in range(len(tasks))]


class _Claims:
    """The numbers of the tasks this process claims, one at a time, until none is left."""

    def __init__(self, claims: int) -> None:
        self._claims = claims

    def __iter__(self) -> _Claims:
        return self

    def __next__(self) -> int:
        claimed = os.read(self._claims, 1)
        if not claimed:
            raise StopIteration
        return claimed[0]


def _child(work: Callable[[Task], Result], tasks: Sequence[Task], claims: int, results: int) -> None:
    code = 1
    try:
        close_other_files(claims, results)
        gc.freeze()  # the parent's objects are never traversed here: no collection copies its memory page by page
        done = {index: work(tasks[index]) for index in _Claims(claims)}
        with os.fdopen(results, "wb") as pipe:
            pipe.write(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))
        code = 0
    finally:
        os._exit(code)


def _child_results(pid: int, results: int) -> dict[int, Result]:
    """What the child delivered (nothing when it failed)."""
    with os.fdopen(results, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        return {}
    try:
        delivered = pickle.loads(data)
    except Exception:  # noqa: BLE001 - a broken answer is no answer: the parent does the tasks itself
        return {}
    return delivered if isinstance(delivered, dict) else {}



def _stop(pid: int, results: int) -> None:
    with suppress(OSError):
        os.close(results)
    with suppress(OSError):
        os.kill(pid, signal.SIGKILL)
    with suppress(ChildProcessError):
        os.waitpid(pid, 0)
