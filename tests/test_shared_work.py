"""Tasks shared with a forked child: every result, in order, whichever process did it or failed."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from generator.render.shared_work import MAX_TASKS, map_shared

PARENT = os.getpid()


def _square_and_pid(number: int) -> tuple[int, int]:
    time.sleep(0.002)  # long enough for both processes to claim tasks
    return number * number, os.getpid()


def test_results_come_in_task_order_from_both_processes() -> None:
    done = map_shared(_square_and_pid, list(range(60)))
    assert [square for square, _ in done] == [n * n for n in range(60)]
    assert {pid for _, pid in done} - {PARENT}, "the child did none of the tasks"


def _fails_in_child(number: int) -> int:
    if os.getpid() != PARENT:
        raise RuntimeError("the child breaks")
    return number + 1


def test_a_failing_child_leaves_its_tasks_to_the_parent() -> None:
    assert map_shared(_fails_in_child, list(range(40))) == list(range(1, 41))


def _dies_in_child(number: int) -> int:
    if os.getpid() != PARENT:
        os._exit(3)
    return -number


def test_a_child_that_dies_mid_task_loses_nothing() -> None:
    assert map_shared(_dies_in_child, list(range(30))) == [-n for n in range(30)]


def test_an_error_in_the_parent_propagates_and_the_child_is_reaped(tmp_path: Path) -> None:
    def fails_in_parent(number: int) -> int:
        if os.getpid() != PARENT:
            (tmp_path / str(os.getpid())).touch()
            time.sleep(0.01)
        else:
            for _ in range(500):  # at most 5 s for the child to claim a task
                if any(tmp_path.iterdir()):
                    raise ValueError("the parent breaks")
                time.sleep(0.01)
        return number

    with pytest.raises(ValueError, match="the parent breaks"):
        map_shared(fails_in_parent, list(range(50)))
    children = [int(path.name) for path in tmp_path.iterdir()]
    assert children, "the child never started"
    with pytest.raises(ChildProcessError):  # reaped: not even a zombie is left
        os.waitpid(children[0], os.WNOHANG)


def test_the_child_keeps_no_other_pipe_open() -> None:
    read, write = os.pipe()
    try:
        def close_then_read(number: int) -> int:
            if number == 0 and os.getpid() == PARENT:
                os.close(write)
                return len(os.read(read, 1))  # the end of the pipe: no process holds its writing end
            return number

        assert map_shared(close_then_read, list(range(10)))[0] == 0
    finally:
        os.close(read)


def test_too_many_or_too_few_tasks_run_here() -> None:
    assert [pid for _, pid in map_shared(_square_and_pid, [1])] == [PARENT]
    many = map_shared(lambda n: (n, os.getpid()), list(range(MAX_TASKS + 1)))
    assert {pid for _, pid in many} == {PARENT}


def _child_stuck_on_its_first_task(number: int) -> tuple[int, int]:
    if os.getpid() != PARENT:
        time.sleep(60)  # killed long before: the parent does not wait for it
    time.sleep(0.002)
    return number, os.getpid()


def test_the_parent_does_a_stuck_childs_task_itself_instead_of_waiting() -> None:
    done = map_shared(_child_stuck_on_its_first_task, list(range(20)))
    assert [number for number, _ in done] == list(range(20))
    assert {pid for _, pid in done} == {PARENT}


def _large_result(number: int) -> tuple[bytes, int]:
    return bytes([number]) * 3_000_000, os.getpid()  # larger than any pipe's buffer


def test_results_larger_than_the_pipe_come_through_whole() -> None:
    done = map_shared(_large_result, list(range(6)))
    assert [data == bytes([n]) * 3_000_000 for n, (data, _) in enumerate(done)] == [True] * 6
