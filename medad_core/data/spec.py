"""The dataset registry: one :class:`DatasetSpec` per dataset of the five source documents.

A spec says how a dataset is laid out on disk (``layout``), where it is expected under
``--data-root`` (``folder``), the working resolution of the paper that uses it (``image_size``),
its channels, whether it has pixel masks, and which procedural phantom stands in for it when no
real data is given (``phantom`` domain and its ``anomaly_classes``).

Layouts (readers in :mod:`medad_core.data.readers`):

``mvtec``      ``train/good``, ``test/good``, ``test/<class>/``, optional ``ground_truth/<class>/``
               (DRA's datasets after its converters, and any user folder).
``bmad``       the BMAD release; the six datasets differ (``variant`` option, see
               ``BMAD_VARIANTS``): brain ``{split}/{good,Ungood}/img`` + ``Ungood/label``;
               liver ``{split}/img/{good,Ungood}`` + ``label/Ungood``; RESC ``Train/train``,
               ``Val/val`` + ``Val/val_label``, ``Test/test`` + ``Test/test_label``; OCT2017 and
               chest ``{train,val,test}/{good,Ungood}``; Camelyon ``{train,valid,test}/{good,Ungood}``.
``ddad_json``  DDAD-ASR: ``images/`` + ``data.json`` (train normal, unlabelled normal/abnormal pools, test).
``ddad``       a DDAD-style user folder: ``data.json`` as above when present, else ``train/good``,
               ``unlabelled/good`` + ``unlabelled/<class>`` (the pool's truth, used only to draw an
               exact anomaly rate), ``test/good``, ``test/<class>``.
``medmnist``   MedMNIST ``<name>.npz`` (``train_images``, ``train_labels``, ``val_*``, ``test_*``).
``csv``        an image folder plus a CSV of labels (DIA's datasets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from medad_core.api import MedadError

__all__ = [
    "DatasetSpec",
    "DATASETS",
    "LAYOUTS",
    "BMAD_VARIANTS",
    "DOMAINS",
    "PAPER_COUNTS",
    "get_spec",
    "expected_tree",
    "MASK_THRESHOLDS",
    "mask_threshold",
]

LAYOUTS = ("mvtec", "bmad", "ddad_json", "ddad", "medmnist", "csv")

#: how each layout's official code binarises its masks: a float t means the mask, scaled to [0, 1] by
#: its dtype's range, is resized (bilinear) to the working size and a pixel is anomalous when >= t
#: (BMAD's loaders: ``Resize`` then ``mask[mask >= 0.1] = 1``); a layout not listed keeps
#: "any value > 0" at the file's resolution, then nearest-neighbour resizing (MVTec AD, anomalib)
MASK_THRESHOLDS: dict[str, float] = {"bmad": 0.1}


def mask_threshold(layout: str) -> float | None:
    """The mask threshold of ``layout`` (:data:`MASK_THRESHOLDS`), None for "> 0".

    Args:
        layout: a layout name of :data:`LAYOUTS`.

    Returns:
        The threshold on the [0, 1]-scaled, resized mask, or None.
    """
    return MASK_THRESHOLDS.get(layout)


#: phantom domains and their named anomaly classes (generators in :mod:`medad_core.data.phantoms`)
DOMAINS: dict[str, tuple[str, ...]] = {
    "brain_mri": ("tumour", "haemorrhage", "infarct", "mass_effect"),
    "head_ct": ("haemorrhage", "infarct", "mass_effect"),
    "liver_ct": ("hypodense_lesion", "hyperdense_lesion", "cyst"),
    "retinal_oct": ("edema", "drusen", "cnv", "dme"),
    "chest_xray": ("opacity", "nodule", "effusion", "pneumothorax"),
    # DDAD-ASR's RSNA phantom: large lobar opacities a small-latent autoencoder can learn (chest.py)
    "chest_xray_lobar": ("consolidation",),
    "histopathology": ("metastasis", "isolated_tumour_cells", "necrosis"),
    "endoscopy": ("polyp", "barretts", "barretts-short-segment", "esophagitis-a", "esophagitis-b-d"),
    # lesion classes that differ in kind (DRA hard setting with unseen classes unlike the seen one)
    "endoscopy_kinds": ("texture", "shape", "intensity"),
    "fundus": ("glaucoma", "haemorrhages", "exudates"),
    # DIA's fine-grained setting: one small, low-contrast lesion on a base domain's normal image
    "fine_chest_xray": ("opacity",),
    "fine_liver_ct": ("hypodense_lesion",),
    "fine_endoscopy": ("polyp",),
    "fine_retinal_oct": ("cnv", "dme", "drusen"),
    "fine_fundus": ("haemorrhages", "exudates"),
}


@dataclass(frozen=True)
class DatasetSpec:
    """What medad knows about one dataset.

    ``image_size`` is the working resolution of the paper that uses the dataset (the ``paper``
    profile); ``native_size`` the size of the files as distributed. ``anomaly_classes`` are the
    classes the phantom stand-in writes (real data brings its own class names). ``options`` holds
    layout-specific settings (BMAD variant, CSV columns, MedMNIST normal label, colour map).
    """

    name: str
    layout: str
    folder: str
    image_size: int
    channels: int
    has_masks: bool
    phantom: str
    papers: tuple[str, ...]
    description: str
    anomaly_classes: tuple[str, ...]
    native_size: str = ""
    class_name: str = "object"
    aliases: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    #: image size per profile when no size is given (smoke / quick / paper)
    profile_sizes: dict[str, int] = field(default_factory=dict, hash=False, compare=False)

    def default_size(self, profile: str) -> int:
        """The image side read when nothing asks for another (:attr:`profile_sizes`, else smoke 64, quick 128).

        Args:
            profile: smoke, quick or paper.

        Returns:
            The side in pixels (the paper's :attr:`image_size` in the paper profile).
        """
        if profile in self.profile_sizes:
            return self.profile_sizes[profile]
        return {"smoke": 64, "quick": 128}.get(profile, self.image_size)


# BMAD layouts as released (README and the configs in DorisBao/BMAD); readers also accept the
# README's ``train/good/img`` and ``anomaly_mask`` spellings.
BMAD_VARIANTS: dict[str, dict[str, Any]] = {
    # images of split s, class c live in dirs[s].format(c=c); masks of Ungood in masks[s]
    "brain": {
        "splits": {"train": "train", "valid": "valid", "test": "test"},
        "img": "{split}/{cls}/img",
        "mask": "{split}/Ungood/label",
    },
    "liver": {
        "splits": {"train": "train", "valid": "valid", "test": "test"},
        "img": "{split}/img/{cls}",
        "mask": "{split}/label/Ungood",
        "train_img": "train/good",
    },
    "resc": {
        "splits": {"train": "Train/train", "valid": "Val/val", "test": "Test/test"},
        "img": "{split}/{cls}",
        "mask": "{split}_label/Ungood",
    },
    "plain_val": {"splits": {"train": "train", "valid": "val", "test": "test"}, "img": "{split}/{cls}", "mask": None},
    "plain_valid": {
        "splits": {"train": "train", "valid": "valid", "test": "test"},
        "img": "{split}/{cls}",
        "mask": None,
    },
}

_BMAD = ("bmad",)
_DRA = ("dra",)
_DDAD = ("ddad",)
_DIA = ("dia",)

# quick-profile sizes where CPU needs them: BMAD (11 methods x 6 sets), DRA (about 8 methods x 3 sets x 2
# shot counts) and DDAD (64 px is its paper resolution) run at 64 px; the DIA sets use the default 128
_BMAD_SIZES = {"smoke": 64, "quick": 64}
_DRA_SIZES = {"smoke": 64, "quick": 64}
_DDAD_SIZES = {"smoke": 64, "quick": 64, "paper": 64}


def _specs() -> list[DatasetSpec]:
    d = DOMAINS
    return [
        # ---- BMAD (thesis Ch. 3, Table 3.1; reference-implementations §1.2-1.4) ----------------
        DatasetSpec(
            "bmad_brain",
            "bmad",
            "Brain",
            224,
            1,
            True,
            "brain_mri",
            _BMAD,
            "BraTS2021 FLAIR axial slices 60-99, saved with the 'bone' colour map (RGBA); "
            "train 7,500 normal, valid 83, test 3,715 (about 1:1); tumour masks.",
            d["brain_mri"],
            "240x240",
            "brain MRI",
            ("BraTS2021", "brain", "BMAD/Brain"),
            {"variant": "brain", "colormap": "bone"},
            _BMAD_SIZES,
        ),
        DatasetSpec(
            "bmad_liver",
            "bmad",
            "Liver",
            224,
            1,
            True,
            "liver_ct",
            _BMAD,
            "BTCV (train, lesion-free livers) + LiTS (valid/test, lesion = label 2) CT slices, "
            "liver masked, HU clipped to [-200, 250], histogram-equalised; train 1,542, valid 166, "
            "test 1,493; lesion masks.",
            d["liver_ct"],
            "512x512",
            "liver CT",
            ("liver", "BMAD/Liver", "hist_DIY"),
            {"variant": "liver"},
            _BMAD_SIZES,
        ),
        DatasetSpec(
            "bmad_resc",
            "bmad",
            "RESC",
            224,
            1,
            True,
            "retinal_oct",
            _BMAD,
            "RESC retinal OCT B-scans (edema); train 4,297, valid 115 (45 n / 70 a), test 1,805 "
            "(1,041 n / 764 a); edema masks.",
            ("edema",),
            "512x1024",
            "retinal OCT",
            ("Retina_RESC", "BMAD/RESC"),
            {"variant": "resc"},
            _BMAD_SIZES,
        ),
        DatasetSpec(
            "bmad_oct2017",
            "bmad",
            "OCT2017",
            224,
            1,
            False,
            "retinal_oct",
            _BMAD,
            "OCT2017 (Kermany) B-scans; CNV, DME and drusen are anomalous; train 26,315, valid 32 "
            "(8/24), test 968 (242/726); image labels only.",
            ("cnv", "dme", "drusen"),
            "512x496",
            "retinal OCT",
            ("Retina_OCT2017", "BMAD/OCT2017"),
            {"variant": "plain_val"},
            _BMAD_SIZES,
        ),
        DatasetSpec(
            "bmad_chest",
            "bmad",
            "Chest",
            224,
            1,
            False,
            "chest_xray",
            _BMAD,
            "RSNA Pneumonia Detection Challenge; 'Lung Opacity' and 'No Lung Opacity / Not Normal' "
            "are anomalous; train 8,000, valid 1,490, test 17,194; image labels only.",
            d["chest_xray"],
            "1024x1024",
            "chest X-ray",
            ("chest", "BMAD/Chest"),
            {"variant": "plain_val"},
            _BMAD_SIZES,
        ),
        DatasetSpec(
            "bmad_camelyon",
            "bmad",
            "camelyon16",
            224,
            3,
            False,
            "histopathology",
            _BMAD,
            "Camelyon16 lymph-node H&E patches at 40x; train 5,088 normal, valid 100 n + 100 a, "
            "test 1,000 n + 1,000 a; image labels only.",
            d["histopathology"],
            "256x256",
            "histopathology",
            ("Histopathology", "camelyon", "BMAD/camelyon16"),
            {"variant": "plain_valid"},
            _BMAD_SIZES,
        ),
        # ---- DRA (Table 5; MVTec-style after the DevNet/DRA converters) ------------------------
        DatasetSpec(
            "brainmri",
            "mvtec",
            "BrainMRI",
            224,
            3,
            False,
            "brain_mri",
            _DRA,
            "Brain tumour MRI (Kaggle 'brain-mri-images-for-brain-tumor-detection'): no/ normal, "
            "yes/ tumour; converter splits normals 75/25 (random_state 42): train 73, test 25 n + "
            "155 a; one anomaly class.",
            ("tumour",),
            "various",
            "brain MRI",
            ("brainMRI", "brain_mri"),
            {"open_set": True},
            _DRA_SIZES,
        ),
        DatasetSpec(
            "headct",
            "mvtec",
            "HeadCT",
            224,
            3,
            False,
            "head_ct",
            _DRA,
            "Head CT haemorrhage (Kaggle 'head-ct-hemorrhage', labels.csv); train 75, test 25 n + "
            "100 a; one anomaly class.",
            ("haemorrhage",),
            "various",
            "head CT",
            ("headCT", "head_ct"),
            {"open_set": True},
            _DRA_SIZES,
        ),
        DatasetSpec(
            "hyperkvasir",
            "mvtec",
            "HyperKvasir",
            224,
            3,
            False,
            "endoscopy",
            _DRA,
            "Hyper-Kvasir upper GI: anatomical landmarks normal, pathological findings anomalous "
            "(barretts, barretts-short-segment, esophagitis-a, esophagitis-b-d); train 2,021, "
            "test 674 n + 757 a.",
            ("barretts", "barretts-short-segment", "esophagitis-a", "esophagitis-b-d"),
            "various",
            "gastroscopy image",
            ("Hyper-Kvasir", "hyper-kvasir", "hyper_kvasir"),
            {"open_set": True},
            _DRA_SIZES,
        ),
        DatasetSpec(
            "endoscopy_kinds",
            "mvtec",
            "EndoscopyKinds",
            224,
            3,
            False,
            "endoscopy_kinds",
            _DRA,
            "Phantom only (no real counterpart): the Hyper-Kvasir endoscopy frames with three lesion "
            "classes of different kinds (texture, shape, intensity), for DRA's hard setting with "
            "unseen classes unlike the seen one.",
            ("texture", "shape", "intensity"),
            "phantom",
            "gastroscopy image",
            (),
            {"open_set": True},
            _DRA_SIZES,
        ),
        DatasetSpec(
            "lag",
            "mvtec",
            "LAG",
            224,
            3,
            False,
            "fundus",
            _DRA + _DDAD,
            "LAG glaucoma fundus images arranged MVTec-style (train/good = non-glaucoma); DRA's "
            "external pseudo-anomaly source for medical data.",
            ("glaucoma",),
            "500x500",
            "retinal fundus image",
            ("lag",),
            {"open_set": True},
            _DRA_SIZES,
        ),
        DatasetSpec(
            "mvtec_ad",
            "mvtec",
            "MVTec",
            448,
            3,
            True,
            "histopathology",
            _DRA,
            "MVTec AD (15 classes, each MVTec-style under <data-root>/MVTec/<class>/); DRA's external "
            "pseudo-anomaly / outlier-exposure source for non-medical targets (Sec. 4.6, App. B.2): "
            "Protocol.outlier_dataset='mvtec_ad' takes the train/good images of every class that does not "
            "overlap the target. Phantom stand-in of that source: one phantom domain per class folder "
            "(medad_core/data/phantoms/mvtec_like.py); read alone, the folder's phantom is one texture domain.",
            d["histopathology"],
            "700x700-1024x1024",
            "object",
            ("MVTecAD", "mvtec", "mvtec_anomaly_detection"),
            # the phantom's recipe version enters the runs' cache identity with the options
            {"outlier_source": "multiclass", "phantom_recipe": 1},
            _DRA_SIZES,
        ),
        # ---- DDAD-ASR (Table 1; data/*/data.json) ---------------------------------------------
        DatasetSpec(
            "ddad_rsna",
            "ddad_json",
            "RSNA",
            64,
            1,
            False,
            "chest_xray_lobar",
            _DDAD,
            "RSNA pneumonia CXRs: D_n 3,851, D_u 4,000 from pools of 4,000 normal + 5,012 lung "
            "opacity, test 1,000 + 1,000.",
            ("consolidation",),
            "1024x1024",
            "chest X-ray",
            (),
            {
                "table1": {
                    "normal": 3851,
                    "pool_normal": 4000,
                    "pool_abnormal": 5012,
                    "extra": 4000,
                    "test_normal": 1000,
                    "test_abnormal": 1000,
                }
            },
            _DDAD_SIZES,
        ),
        DatasetSpec(
            "ddad_vincxr",
            "ddad_json",
            "VinCXR",
            64,
            1,
            False,
            "chest_xray_lobar",
            _DDAD,
            "VinDr-CXR (14 findings): D_n 4,000, D_u 4,000 from pools of 5,606 normal + 3,394 "
            "abnormal, test 1,000 + 1,000.",
            d["chest_xray_lobar"],
            "various",
            "chest X-ray",
            ("VinDr-CXR",),
            {
                "table1": {
                    "normal": 4000,
                    "pool_normal": 5606,
                    "pool_abnormal": 3394,
                    "extra": 4000,
                    "test_normal": 1000,
                    "test_abnormal": 1000,
                }
            },
            _DDAD_SIZES,
        ),
        DatasetSpec(
            "ddad_braintumor",
            "ddad_json",
            "BrainTumor",
            64,
            1,
            False,
            "brain_mri",
            _DDAD,
            "Brain Tumor MRI (no tumour / glioma / meningioma): D_n 1,000, D_u 1,000 (paper pools "
            "400 n + 2,666 a; released json 400 + 600), test 600 + 600.",
            ("tumour", "mass_effect"),
            "512x512",
            "brain MRI",
            ("Brain_Tumor", "BraTumor"),
            {
                "table1": {
                    "normal": 1000,
                    "pool_normal": 400,
                    "pool_abnormal": 2666,
                    "extra": 1000,
                    "test_normal": 600,
                    "test_abnormal": 600,
                }
            },
            _DDAD_SIZES,
        ),
        DatasetSpec(
            "ddad_lag",
            "ddad_json",
            "LAG",
            64,
            1,
            False,
            "fundus",
            _DDAD,
            "LAG glaucoma fundus: D_n 1,500, D_u 1,500 from pools of 832 normal + 900 glaucoma, test 811 + 811.",
            ("glaucoma",),
            "500x500",
            "retinal fundus image",
            (),
            {
                "table1": {
                    "normal": 1500,
                    "pool_normal": 832,
                    "pool_abnormal": 900,
                    "extra": 1500,
                    "test_normal": 811,
                    "test_abnormal": 811,
                }
            },
            _DDAD_SIZES,
        ),
        # CXAD is the authors' private set ("Except for our private CXAD", Sec. 4.1): its column runs on
        # the chest phantom only; a user who holds the data can still lay it out as data.json
        DatasetSpec(
            "ddad_cxad",
            "ddad_json",
            "CXAD",
            64,
            1,
            False,
            "chest_xray_lobar",
            _DDAD,
            "CXAD (private; 18 findings): D_n 2,000, D_u 2,000 from pools of 800 normal + 1,200 abnormal, "
            "test 499 + 501. Private data: phantom stand-in only.",
            d["chest_xray_lobar"],
            "various",
            "chest X-ray",
            ("cxad",),
            {
                "private": True,
                "table1": {
                    "normal": 2000,
                    "pool_normal": 800,
                    "pool_abnormal": 1200,
                    "extra": 2000,
                    "test_normal": 499,
                    "test_abnormal": 501,
                },
            },
            _DDAD_SIZES,
        ),
        # ---- DIA (Sec. 4; MedMNIST npz and image folders with a CSV) --------------------------
        DatasetSpec(
            "pneumoniamnist",
            "medmnist",
            "MedMNIST",
            32,
            3,
            False,
            "fine_chest_xray",
            _DIA,
            "PneumoniaMNIST (28x28 paediatric CXR; label 0 normal, 1 pneumonia).",
            ("opacity",),
            "28x28",
            "chest X-ray",
            (),
            {"file": "pneumoniamnist", "normal_labels": (0,)},
            {"smoke": 32, "quick": 32, "paper": 32},
        ),
        DatasetSpec(
            "breastmnist",
            "medmnist",
            "MedMNIST",
            32,
            3,
            False,
            "fine_liver_ct",
            _DIA,
            "BreastMNIST (28x28 breast ultrasound; label 1 normal/benign is normal, 0 malignant "
            "anomalous). Phantom stand-in: small lesions on CT phantoms (no ultrasound domain).",
            ("hypodense_lesion",),
            "28x28",
            "breast ultrasound",
            (),
            {"file": "breastmnist", "normal_labels": (1,)},
            {"smoke": 32, "quick": 32, "paper": 32},
        ),
        DatasetSpec(
            "sarscov2",
            "csv",
            "SARS-COV-2",
            224,
            3,
            False,
            "fine_chest_xray",
            _DIA,
            "SARS-CoV-2 CT-scan dataset (COVID vs non-COVID); arranged as images/ + labels.csv.",
            ("opacity",),
            "various",
            "chest CT",
            ("sars-cov-2", "SARS-CoV-2"),
            {},
        ),
        DatasetSpec(
            "kvasir",
            "csv",
            "Kvasir",
            224,
            3,
            False,
            "fine_endoscopy",
            _DIA,
            "Kvasir (v2) polyps vs normal findings; arranged as images/ + labels.csv.",
            ("polyp",),
            "various",
            "colonoscopy image",
            ("Kvasir-Polyp", "kvasir-polyp"),
            {},
        ),
        DatasetSpec(
            "aptos",
            "csv",
            "APTOS",
            224,
            3,
            False,
            "fine_fundus",
            _DIA,
            "APTOS-2019 blindness detection: train.csv (id_code, diagnosis), train_images/; "
            "diagnosis 0 (no DR) is normal.",
            ("haemorrhages", "exudates"),
            "various",
            "retinal fundus image",
            ("aptos2019", "APTOS-2019"),
            {
                "csv": "train.csv",
                "image_dir": "train_images",
                "image_col": "id_code",
                "label_col": "diagnosis",
                "normal_values": ("0",),
                "ext": ".png",
            },
        ),
        DatasetSpec(
            "retinal_oct",
            "csv",
            "Retinal-OCT",
            224,
            3,
            False,
            "fine_retinal_oct",
            _DIA,
            "Retinal OCT (Kermany 2018: NORMAL vs CNV, DME, DRUSEN); arranged as images/ + labels.csv.",
            ("cnv", "dme", "drusen"),
            "various",
            "retinal OCT",
            ("OCT",),
            {},
        ),
        # ---- any user folder -----------------------------------------------------------------
        DatasetSpec(
            "folder",
            "mvtec",
            ".",
            224,
            3,
            True,
            "brain_mri",
            (),
            "Your own data: --data-root is the folder itself, MVTec-style (default), BMAD-style (--layout bmad) "
            "or DDAD-style (--layout ddad: data.json, or train/good, unlabelled/{good,<class>}, test/).",
            ("tumour", "haemorrhage"),
            "any",
            "object",
            (),
            {"user": True},
        ),
    ]


DATASETS: dict[str, DatasetSpec] = {s.name: s for s in _specs()}


def get_spec(name: str) -> DatasetSpec:
    """The spec of dataset ``name`` (its registry name or an alias; case and "-" / "_" ignored).

    Args:
        name: the dataset.

    Returns:
        The :class:`DatasetSpec`.

    Raises:
        MedadError: an unknown dataset (the message lists the known ones).
    """
    key = name.lower().replace("-", "_")
    if key in DATASETS:
        return DATASETS[key]
    for spec in DATASETS.values():
        if key in {a.lower().replace("-", "_") for a in spec.aliases}:
            return spec
    raise MedadError(
        f"unknown dataset {name!r}; known datasets: {', '.join(DATASETS)} "
        f"(or 'folder' with --data-root pointing at your own MVTec-style folder)"
    )


def expected_tree(spec: DatasetSpec, layout: str | None = None) -> str:
    """A short drawing of the folder the reader expects (used in error messages and the book)."""
    layout = layout or spec.layout
    top = "<data-root>/" if spec.name == "folder" else f"<data-root>/{spec.folder}/"
    if layout == "mvtec":
        return (
            f"{top}\n"
            "├── train/good/*.png\n"
            "├── test/good/*.png\n"
            "├── test/<anomaly class>/*.png      (one folder per class)\n"
            "└── ground_truth/<anomaly class>/<name>_mask.png   (optional pixel masks)"
        )
    if layout == "bmad":
        variant = spec.options.get("variant", "brain")
        if variant == "brain":
            return (
                f"{top}\n"
                "├── train/good/img/*.png          (or train/good/*.png)\n"
                "├── valid/{good,Ungood}/img/*.png\n"
                "├── valid/Ungood/label/*.png      (masks, same file names; or anomaly_mask/)\n"
                "└── test/...                      (as valid)"
            )
        if variant == "liver":
            return (
                f"{top}\n"
                "├── train/good/*.png\n"
                "├── valid/img/{good,Ungood}/*.png\n"
                "├── valid/label/Ungood/*.png      (masks, same file names)\n"
                "└── test/...                      (as valid)"
            )
        if variant == "resc":
            return (
                f"{top}\n"
                "├── Train/train/good/*.png\n"
                "├── Val/val/{good,Ungood}/*.png\n"
                "├── Val/val_label/Ungood/*.png    (masks)\n"
                "└── Test/test/..., Test/test_label/Ungood/"
            )
        val = "val" if variant == "plain_val" else "valid"
        return f"{top}\n├── train/good/*.png\n├── {val}/{{good,Ungood}}/*.png\n└── test/{{good,Ungood}}/*.png"
    if layout == "ddad_json":
        return (
            f"{top}\n"
            "├── images/*.png\n"
            '└── data.json   {"train": {"0": [...], "unlabeled": {"0": [...], "1": [...]}},\n'
            '                 "test": {"0": [...], "1": [...]}}'
        )
    if layout == "ddad":
        return (
            f"{top}\n"
            "├── data.json + images/            (DDAD-ASR's own format; read first when present), or:\n"
            "├── train/good/*.png                (D_n, the known-normal images)\n"
            "├── unlabelled/good/*.png           (D_u's normal images)\n"
            "├── unlabelled/<anomaly class>/*.png (D_u's abnormal images; the truth only draws an exact AR)\n"
            "├── test/good/*.png\n"
            "└── test/<anomaly class>/*.png"
        )
    if layout == "medmnist":
        f = spec.options.get("file", "<name>")
        return f"{top}\n└── {f}.npz   (or {f}_<size>.npz; arrays train/val/test _images, _labels)"
    if layout == "csv":
        o = spec.options
        csv, img = o.get("csv", "labels.csv"), o.get("image_dir", "images")
        cols = (
            f"{o['image_col']},{o['label_col']}"
            if "image_col" in o
            else "image,label[,split]  (label 'normal' or the anomaly class; split train|test)"
        )
        return f"{top}\n├── {img}/*.png\n└── {csv}   columns: {cols}"
    return top


#: sizes the papers report (train normal, valid, test normal, test anomalous; None = not stated):
#: BMAD README Table 1 / thesis Sec. 3.1, DRA Table 5, DDAD-ASR Table 1 (train = D_n, valid = |D_u|)
PAPER_COUNTS: dict[str, dict] = {
    "bmad_brain": {"source": "BMAD Table 1", "train": 7500, "valid": 83, "test": 3715},
    "bmad_liver": {"source": "BMAD Table 1", "train": 1542, "valid": 166, "test": 1493},
    "bmad_resc": {"source": "BMAD Table 1", "train": 4297, "valid": 115, "test_normal": 1041, "test_anomalous": 764},
    "bmad_oct2017": {"source": "BMAD Table 1", "train": 26315, "valid": 32, "test_normal": 242, "test_anomalous": 726},
    "bmad_chest": {"source": "BMAD Table 1", "train": 8000, "valid": 1490, "test": 17194},
    "bmad_camelyon": {
        "source": "BMAD Table 1 (thesis: valid 100+100, test 1,000+1,000)",
        "train": 5088,
        "valid": 236,
        "test": 1997,
    },
    "brainmri": {"source": "DRA Table 5", "train": 73, "test_normal": 25, "test_anomalous": 155},
    "headct": {"source": "DRA Table 5", "train": 75, "test_normal": 25, "test_anomalous": 100},
    "hyperkvasir": {"source": "DRA Table 5", "train": 2021, "test_normal": 674, "test_anomalous": 757},
    "lag": {"source": "DDAD-ASR Sec. 4.1 (whole dataset)", "train": 3143, "test_anomalous": 1711},
    "ddad_rsna": {
        "source": "DDAD-ASR Table 1",
        "train": 3851,
        "unlabelled": 4000,
        "test_normal": 1000,
        "test_anomalous": 1000,
    },
    "ddad_vincxr": {
        "source": "DDAD-ASR Table 1",
        "train": 4000,
        "unlabelled": 4000,
        "test_normal": 1000,
        "test_anomalous": 1000,
    },
    "ddad_braintumor": {
        "source": "DDAD-ASR Table 1",
        "train": 1000,
        "unlabelled": 1000,
        "test_normal": 600,
        "test_anomalous": 600,
    },
    "ddad_lag": {
        "source": "DDAD-ASR Table 1",
        "train": 1500,
        "unlabelled": 1500,
        "test_normal": 811,
        "test_anomalous": 811,
    },
    "ddad_cxad": {
        "source": "DDAD-ASR Table 1 (private data: phantom stand-in only)",
        "train": 2000,
        "unlabelled": 2000,
        "test_normal": 499,
        "test_anomalous": 501,
    },
}
