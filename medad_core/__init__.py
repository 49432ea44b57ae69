"""medad_core: methods and metrics of the medad companion for medical image anomaly detection."""

import warnings

# huggingface_hub (under open_clip and diffusers) imports tqdm.auto, which warns in a notebook kernel without
# ipywidgets; medad's own bars are plain tqdm and the book shows none, so the warning only cluttered pages
warnings.filterwarnings("ignore", message="IProgress not found")

from medad_core.api import Detector, ImageRecord, ImageSet, MedadError, Prediction, Setting, TrainSet  # noqa: E402 - after the filter

__version__ = "0.1.0"
__all__ = ["Detector", "ImageRecord", "ImageSet", "MedadError", "Prediction", "Setting", "TrainSet"]
