"""One BLAS thread for the matrix products of a brief.

numpy's OpenBLAS starts two threads for a product of a few hundred rows, and on a machine whose cores are
busy (a server's workers, stories mode, other briefs) the second thread mostly spins: the products of a brief
are small (selection's local search multiplies a few hundred sentences by a few hundred concepts, the
analysis's spaCy layers a few thousand rows by 96-288), so a second thread costs more CPU than it saves.
Measured over the 990 local searches of the 250 val_raw briefs: 1.1 CPU s with OpenBLAS's two threads,
0.4 s with one, the same answers and the same bits of every product (BENCHMARKS.md, "Speed", Session 13).

The limit is process-wide (OpenBLAS's pthreads pool is one per process), and briefs may run in threads of one
process (a library caller's threads, a Dask worker's task threads). A plain ``threadpool_limits`` block per
brief is not safe there: each block saves the count it found and puts it back when it leaves, so with two
briefs at once the first to leave puts two threads back under the other (threadpoolctl >= 3.8), or the last
to leave puts back the one it found and leaves BLAS at one thread for good (threadpoolctl < 3.8, which
pyproject allows). So the limit is held by a count of the briefs inside, under a lock: the first in sets one
thread, the last out puts back what the first found, and nothing changes while any brief is inside.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController


@functools.cache
def _controller() -> ThreadpoolController:
    """The BLAS libraries loaded in this process (looked up once: the lookup walks every shared library; numpy's,
    the one these products use, is loaded with the package)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


_lock = threading.Lock()
_inside = 0  # blocks running (any thread, nested ones too), under _lock
_limiter: Any = None  # threadpoolctl's limiter of the first block in: it holds the count to put back


def _release_control() -> None:
    """Let any thread set OpenBLAS's count next: threadpoolctl >= 3.8 lets only the thread that last set it set it
    again (others are silently ignored), and the last block out is often not the thread of the first one in."""
    from threadpoolctl import OpenBLASController

    clear = getattr(OpenBLASController, "clear_controlling_thread", None)  # absent before 3.8 (no such rule)
    if clear is not None:
        clear(force=True)


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with one BLAS thread (~10 us to set and put back), safe when blocks overlap in threads."""
    global _inside, _limiter
    with _lock:
        if _inside == 0:
            _release_control()
            _limiter = _controller().limit(limits=1, user_api="blas")
            _release_control()
        _inside += 1
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0:
                _release_control()
                _limiter.restore_original_limits()
                _release_control()
                _limiter = None
