"""swift_auc: ROC and precision-recall areas over the Swift library swift-auc."""

from . import metrics
from .auc import Auc
from .delong import DeLongInterval, DeLongTest, delong_ci, delong_test
from .exact import ExactAUC, ExactSummary

__all__ = ["Auc", "DeLongInterval", "DeLongTest", "ExactAUC", "ExactSummary", "delong_ci",
           "delong_test", "metrics"]
