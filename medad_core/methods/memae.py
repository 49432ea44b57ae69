"""MemAE: the DDAD autoencoder with MemAE's memory on the latent (Gong et al. ICCV 2019).

One network trained on the normal images, scored by the mean of its reconstruction-error map: the
"MemAE" row of DDAD-ASR Table 2 and the "Rec." row of Table 3 (the code's ``test_rec`` per NDM
member). Everything but the backbone is :class:`~medad_core.methods.ddad.ReconstructionDetector`;
``ddad(backbone="memae")`` builds its ensembles from the same network.
"""

from __future__ import annotations

from medad_core.methods.ddad import ReconstructionDetector
from medad_core.registry import register

__all__ = ["MemAE"]


@register()
class MemAE(ReconstructionDetector):
    """MemAE on its own (one-class): image score = mean of A_rec."""

    name = "memae"
    backbone = "memae"
    paper = "MemAE as DDAD-ASR ran it (Cai et al. MedIA 2023, Sec. 4.2-4.3)"
