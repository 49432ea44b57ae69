"""AE: the DDAD autoencoder (Sec. 4.2; four conv blocks, three FC layers around a 16-d latent).

One network trained on the normal images, scored by the mean of its reconstruction-error map: the
"AE" row of DDAD-ASR Table 2 and the "Rec." row of Table 3 (the code's ``test_rec`` per NDM
member). Everything but the backbone is :class:`~medad_core.methods.ddad.ReconstructionDetector`;
``ddad(backbone="ae")`` builds its ensembles from the same network.
"""

from __future__ import annotations

from medad_core.methods.ddad import ReconstructionDetector
from medad_core.registry import register

__all__ = ["AE"]


@register()
class AE(ReconstructionDetector):
    """AE on its own (one-class): image score = mean of A_rec."""

    name = "ae"
    backbone = "ae"
    paper = "AE as DDAD-ASR ran it (Cai et al. MedIA 2023, Sec. 4.2-4.3)"
