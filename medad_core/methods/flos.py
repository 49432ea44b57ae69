"""FLOS: a deep imbalanced classifier trained with focal loss [28] (DRA paper App. B.2).

"The implementation of FLOS is also taken from [35], which replaces the loss function of DevNet with
the focal loss": the DevNet network (ResNet-18, 1x1-conv top-K MIL scorer, two-level pyramid, half
normal / half anomaly batches) whose image logit is trained with ``-(1 - p_t)^gamma log p_t``,
gamma = 2 (Lin et al.). The anomaly score is the logit.
"""

from __future__ import annotations

from medad_core.methods.devnet import DevNet
from medad_core.nn.losses import make_score_loss
from medad_core.registry import register

__all__ = ["FLOS"]


@register()
class FLOS(DevNet):
    """DevNet with the focal loss instead of the deviation loss."""

    name = "flos"
    paper = "FLOS (focal loss, Lin et al. 2017) as a DevNet variant, DRA (CVPR 2022) App. B.2"
    loss_name = "focal"

    def __init__(self, *, gamma: float = 2.0, **kwargs):
        super().__init__(**kwargs)
        self.gamma = gamma

    def _network(self, trunk):
        model = super()._network(trunk)
        self._criterion = make_score_loss("focal", gamma=self.gamma)
        return model
