from __future__ import annotations

import typing as _t

from .. import models as _m

Pet: _t.TypeAlias = _m.Cat | _m.Dog
"""The discriminator property is a const in each variant (3.1)."""
