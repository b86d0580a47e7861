from __future__ import annotations

import typing as _t

IdOrName: _t.TypeAlias = str | int
