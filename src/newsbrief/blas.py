"""One BLAS thread for the matrix products of a brief.

numpy's OpenBLAS starts two threads for a product of a few hundred rows, and on a machine whose cores are
busy (a server's workers, stories mode, other briefs) the second thread mostly spins: the products of a brief
are small (selection's local search multiplies a few hundred sentences by a few hundred concepts, the
analysis's spaCy layers a few thousand rows by 96-288), so a second thread costs more CPU than it saves.
Measured over the 990 local searches of the 250 val_raw briefs: 1.1 CPU s with OpenBLAS's two threads,
0.4 s with one, the same answers and the same bits of every product (BENCHMARKS.md, "Speed", Session 13).

The limit is threadpoolctl's (a dependency already): process-wide while the block runs, and put back after it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from threadpoolctl import ThreadpoolController


@functools.cache
def _controller() -> ThreadpoolController:
    """The BLAS libraries loaded in this process (looked up once: the lookup walks every shared library; numpy's,
    the one these products use, is loaded with the package)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with one BLAS thread (~10 us to set and put back)."""
    with _controller().limit(limits=1, user_api="blas"):
        yield
