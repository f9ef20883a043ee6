"""swift_auc: ROC and precision-recall areas over the Swift library swift-auc."""

from . import metrics
from .auc import Auc

__all__ = ["Auc", "metrics"]
