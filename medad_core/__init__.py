"""medad_core: methods and metrics of the medad companion for medical image anomaly detection."""

from medad_core.api import Detector, ImageRecord, ImageSet, MedadError, Prediction, Setting, TrainSet

__version__ = "0.1.0"
__all__ = ["Detector", "ImageRecord", "ImageSet", "MedadError", "Prediction", "Setting", "TrainSet"]
