from __future__ import annotations

import typing as _t

from .. import models as _m

Shape: _t.TypeAlias = _m.Circle | _m.Square
