"""swift_auc: ROC and precision-recall areas over the Swift library swift-auc."""

from . import metrics
from .auc import Auc
from .exact import ExactAUC, ExactSummary

__all__ = ["Auc", "ExactAUC", "ExactSummary", "metrics"]
