"""Typed run configuration; a run is identified by the hash of its config.

A :class:`RunConfig` names everything that determines a result: method and its parameters,
dataset (and where it lives), training setting and protocol, profile, seed, device and weights
policy. :meth:`RunConfig.config_hash` is the first 16 hex digits of the SHA-256 of its sorted-key
JSON, which names the cached result file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from medad_core.api import MedadError, Setting

__all__ = ["PROFILES", "Protocol", "RunConfig", "canonical_json"]

PROFILES = ("smoke", "quick", "paper")
DraSetting = Literal["general", "hard"]
PseudoSource = Literal["cutmix", "cutpaste_scar", "cutpaste_mix", "external"]


@dataclass(frozen=True)
class Protocol:
    """How the training set is drawn from a dataset (the papers' protocols).

    Open-set (DRA, Sec. 4 / App. A):
        ``n_anomalies``  labelled anomalies in training (1 or 10); the one-shot example is drawn
                         from the ten-shot set and the test set is the same for both.
        ``dra_setting``  ``general`` (anomalies drawn from all classes) or ``hard`` (from
                         ``seen_class`` only; that class is removed from the test set).
        ``seen_class``   the anomaly class of the hard setting (None: the first class in sorted order).
        ``pseudo``       pseudo-anomaly source: CutMix (DRA Eq. 4), CutPaste-Scar, CutPaste-Mix or
                         ``external`` images from ``outlier_dataset``.
        ``outlier_dataset`` dataset whose normal images serve as external outliers (LAG for medical data).
    Dual-distribution (DDAD-ASR, Sec. 4.1):
        ``anomaly_rate`` fraction of anomalies in the unlabelled pool, AR in [0, 1] (0.6 default).
        ``pool_size``    images in the unlabelled pool D_u (None: the paper's count, Table 1, for the
                         paper's datasets; the largest pool the folder can supply at the AR for a user
                         folder; the phantom's whole pool for phantoms).
    Few-shot vision-language:
        ``k_shot``       number of normal training images (None = all; 0 = zero-shot).
    Cross-domain (DRA Table 9, App. C.3):
        ``source_dataset``   dataset the detector is trained on first (None: no cross-domain run); the
                             runner draws its TrainSet with this protocol and seed, fits, then calls
                             ``detector.adapt`` with the TrainSet of the run's own dataset (the target)
                             and tests on the target's test set.
        ``source_data_root`` where the source dataset lives (None: its phantom).
        ``source_layout``    layout override of the source dataset (like ``RunConfig.layout``).
    Feature figures (DRA Fig. 1 t-SNE):
        ``test_seen_class``  hard setting only: keep the seen class's anomalies that were not drawn for
                             training (the ten-shot draw) in the test set, so a figure can show normal,
                             seen and unseen anomalies; the paper's hard-setting tables remove the class.
    """

    n_anomalies: int = 10
    dra_setting: DraSetting = "general"
    seen_class: str | None = None
    pseudo: PseudoSource = "cutmix"
    outlier_dataset: str | None = None
    anomaly_rate: float = 0.6
    k_shot: int | None = None
    source_dataset: str | None = None
    source_data_root: str | None = None
    source_layout: str | None = None
    test_seen_class: bool = False
    pool_size: int | None = None

    def __post_init__(self) -> None:
        if self.n_anomalies < 0:
            raise MedadError(f"n_anomalies must be >= 0; got {self.n_anomalies}")
        if self.dra_setting not in ("general", "hard"):
            raise MedadError(f"dra_setting must be 'general' or 'hard'; got {self.dra_setting!r}")
        if self.pseudo not in ("cutmix", "cutpaste_scar", "cutpaste_mix", "external"):
            raise MedadError(
                f"pseudo must be one of cutmix, cutpaste_scar, cutpaste_mix, external; got {self.pseudo!r}"
            )
        if self.pseudo == "external" and not self.outlier_dataset:
            raise MedadError("pseudo='external' needs outlier_dataset (e.g. 'lag')")
        if not 0.0 <= self.anomaly_rate <= 1.0:
            raise MedadError(f"anomaly_rate must be in [0, 1]; got {self.anomaly_rate}")
        if self.pool_size is not None and (isinstance(self.pool_size, bool) or int(self.pool_size) < 1):
            raise MedadError(f"pool_size must be a positive number of unlabelled images; got {self.pool_size!r}")
        if self.k_shot is not None and self.k_shot < 0:
            raise MedadError(f"k_shot must be >= 0; got {self.k_shot}")
        if self.test_seen_class and self.dra_setting != "hard":
            raise MedadError(
                "test_seen_class=True keeps the seen class in the test set of the hard setting; "
                f"it needs dra_setting='hard' (got {self.dra_setting!r})"
            )
        if self.source_dataset is None and (self.source_data_root or self.source_layout):
            raise MedadError("source_data_root / source_layout describe a cross-domain source; set source_dataset too")


@dataclass(frozen=True)
class RunConfig:
    """Everything that determines one result row.

    ``seed`` drives the model's initialisation and training order and the protocol's draws of the
    other settings (the unlabelled pool, k-shot normals); ``data_seed`` picks the embedded phantom
    dataset and the open-set draw of labelled anomalies, so repeats over ``seed`` see one dataset and
    one set of labelled anomalies, as they would with real data, and their spread is the model's.
    """

    method: str
    dataset: str
    params: dict[str, Any] = field(default_factory=dict)
    setting: str = Setting.ONE_CLASS.value
    protocol: Protocol = field(default_factory=Protocol)
    profile: str = "quick"
    seed: int = 0
    device: str = "cpu"
    weights: str = "auto"
    data_root: str | None = None
    layout: str | None = None
    #: seed of the embedded phantom dataset and of the open-set anomaly draw; like a real dataset it
    #: stays fixed while ``seed`` (model initialisation, training order) varies over repeats
    data_seed: int = 0

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise MedadError(f"unknown profile {self.profile!r}; expected one of {', '.join(PROFILES)}")
        Setting.parse(self.setting)
        if isinstance(self.protocol, dict):
            object.__setattr__(self, "protocol", Protocol(**self.protocol))
        # params must survive a JSON round trip, or the hash would not identify the run
        try:
            object.__setattr__(self, "params", json.loads(canonical_json(self.params)))
        except TypeError as err:
            raise MedadError(f"method parameters must be JSON values: {err}") from None

    def to_dict(self) -> dict[str, Any]:
        """The config as plain JSON values (the protocol as a dict)."""
        out = dataclasses.asdict(self)
        # an unset pool size is left out, so the hashes of runs from before the field existed still hold
        if out["protocol"].get("pool_size") is None:
            out["protocol"].pop("pool_size", None)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunConfig:
        """The config stored by :meth:`to_dict` (a result row's ``config``).

        Args:
            data: the stored fields.

        Returns:
            The config.
        """
        data = dict(data)
        data["protocol"] = Protocol(**data.get("protocol", {}))
        return cls(**data)

    def config_hash(self) -> str:
        """First 16 hex digits of the SHA-256 of the config's canonical JSON.

        This hashes the config alone; the cache key adds the resolved parameters, the data spec and the
        code versions (:func:`medad_core.runner.identity`).
        """
        return hashlib.sha256(canonical_json(self.to_dict()).encode()).hexdigest()[:16]

    def replace(self, **changes: Any) -> RunConfig:
        """A copy with ``changes`` applied (``config.replace(seed=1)``)."""
        return dataclasses.replace(self, **changes)


def canonical_json(obj: Any) -> str:
    """Sorted-key, compact JSON of ``obj`` (dataclasses, numpy scalars and tuples allowed): the hashed text.

    Args:
        obj: the value.

    Returns:
        The JSON text.
    """
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), default=_json_default)


def _json_default(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        return dataclasses.asdict(obj)
    if hasattr(obj, "item"):  # numpy / torch scalars
        return obj.item()
    if isinstance(obj, (set, frozenset, tuple)):
        return sorted(obj) if isinstance(obj, (set, frozenset)) else list(obj)
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")
