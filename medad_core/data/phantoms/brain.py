"""Axial brain slices: FLAIR MRI (skull-stripped, as BraTS2021 in BMAD) or head CT (with skull).

Structure: an irregular brain outline, a cortical grey-matter band folded by sulci (zero crossings
of band-limited noise), white matter, a butterfly of lateral ventricles, the interhemispheric
fissure; texture and acquisition noise. Normal variation: size, position, rotation, ventricle size
(slice level), gain. Anomaly classes (mask = the lesion):

* ``tumour``      hyperintense whole tumour (oedema halo, enhancing rim, darker necrotic core)
* ``haemorrhage`` MRI: dark haemosiderin core with a bright rim; CT: hyperdense blob or subdural crescent
* ``infarct``     a peripheral wedge (vascular territory), hyperintense in FLAIR, hypodense in CT
* ``mass_effect`` a lesion that pushes the tissue aside (midline shift, compressed ventricle)
"""

from __future__ import annotations

import numpy as np

from medad_core.data.phantoms._common import (
    blob,
    ellipse_field,
    fractal_noise,
    grid,
    irregular_radius,
    normalise,
    place_inside,
    rotate_coords,
    smooth_noise,
    soft,
    warp,
)

CLASSES_MRI = ("tumour", "haemorrhage", "infarct", "mass_effect")
CLASSES_CT = ("haemorrhage", "infarct", "mass_effect")


def _anatomy(rng, size, modality):
    yy, xx = grid(size)
    cy, cx = rng.normal(0, 0.03), rng.normal(0, 0.03)
    angle = rng.normal(0, 0.06)
    ry, rx = rng.uniform(0.77, 0.83), rng.uniform(0.6, 0.66)
    if modality == "ct":
        ry, rx = ry * 0.9, rx * 0.9
    u, v = rotate_coords(yy, xx, cy, cx, angle)
    theta = np.arctan2(v, u)
    rho = np.sqrt((u / ry) ** 2 + (v / rx) ** 2)
    field = rho / irregular_radius(rng, theta, 0.05, harmonics=4)
    brain = soft(field, 0.015)
    # cortex and sulci: zero crossings of band-limited noise inside the outer band
    n1 = smooth_noise(rng, size, 0.025)
    gm_depth = 0.8 + 0.05 * smooth_noise(rng, size, 0.06)
    gm = np.clip((field - gm_depth) / 0.06, 0, 1) * brain
    sulci = np.exp(-((n1 / 0.22) ** 2)) * np.clip((field - 0.72) / 0.15, 0, 1) * brain
    # lateral ventricles: two tilted ellipses, size varies with the slice level
    vs = rng.uniform(0.8, 1.2)
    vy = cy - 0.06 * ry / 0.8
    vent = np.zeros_like(yy)
    for side in (-1, 1):
        vcx = cx + side * 0.11 * rx / 0.63
        f = ellipse_field(u + cy, v + cx, vy, vcx, 0.26 * vs * ry / 0.8, 0.065 * vs, side * 0.35)
        vent = np.maximum(vent, soft(f, 0.12))
    f3 = ellipse_field(u + cy, v + cx, cy + 0.12, cx, 0.07 * vs, 0.02 * vs, 0.0)
    vent = np.maximum(vent, soft(f3, 0.2))
    fissure = np.exp(-(((v) / 0.012) ** 2)) * (np.abs(u) > 0.55 * ry) * brain
    return dict(
        yy=yy,
        xx=xx,
        cy=cy,
        cx=cx,
        u=u,
        v=v,
        field=field,
        brain=brain,
        gm=gm,
        sulci=sulci,
        vent=vent,
        fissure=fissure,
        ry=ry,
        rx=rx,
    )


def _render(rng, a, size, modality):
    tex = fractal_noise(rng, size, (0.06, 0.02, 0.008), (1.0, 0.6, 0.4))
    if modality == "mri":
        wm, gmv, csf = 0.42, 0.55, 0.08
        tissue = wm + (gmv - wm) * a["gm"]
        tissue = tissue * (1 - 0.85 * a["sulci"]) + csf * 0.85 * a["sulci"]
        tissue = tissue * (1 - a["vent"]) + csf * a["vent"]
        tissue = tissue * (1 - 0.8 * a["fissure"]) + csf * 0.8 * a["fissure"]
        img = (tissue + 0.025 * tex) * a["brain"]
        skull = np.zeros_like(img)
    else:
        wm, gmv, csf = 0.40, 0.46, 0.16
        tissue = wm + (gmv - wm) * a["gm"]
        tissue = tissue * (1 - 0.7 * a["sulci"]) + csf * 0.7 * a["sulci"]
        tissue = tissue * (1 - a["vent"]) + csf * a["vent"]
        img = (tissue + 0.015 * tex) * a["brain"]
        f = a["field"]
        skull = soft(np.abs(f - 1.06) / 0.05, 0.25) * (0.85 + 0.1 * smooth_noise(rng, size, 0.05))
        scalp = soft(np.abs(f - 1.15) / 0.04, 0.3) * 0.3
        img = np.maximum(img, skull) + scalp * (1 - a["brain"]) * (1 - skull)
    return img, skull


def render(
    rng: np.random.Generator, size: int, anomaly: str | None = None, severity: float = 0.5, modality: str = "mri"
) -> tuple[np.ndarray, np.ndarray]:
    """One brain slice (MRI; ``modality="ct"``: head CT) phantom and its anomaly mask.

    Args:
        rng: the generator every random choice is drawn from (same state, same image).
        size: height and width in pixels.
        anomaly: one of ``CLASSES_MRI`` (``CLASSES_CT`` for CT``), or None for a normal image.
        severity: 0-1, how large and conspicuous the anomaly is.
        modality: "mri" or "ct" (CT window and anatomy).

    Returns:
        The image, float32 (H, W) in [0, 1], and its boolean (H, W) mask (all False for a normal image).
    """
    a = _anatomy(rng, size, modality)
    k = 0.6 + 0.8 * severity  # lesion size grows with severity
    mask = np.zeros((size, size), bool)
    yy, xx = a["yy"], a["xx"]
    inside = (a["field"] < 0.85) & (a["vent"] < 0.5)
    lesion_w = None
    if anomaly == "mass_effect":
        # displacement away from the lesion centre: tissue and ventricles are pushed aside
        ly, lx = place_inside(rng, inside, margin=0.25)
        r = rng.uniform(0.1, 0.16) * k
        d2 = (yy - ly) ** 2 + (xx - lx) ** 2
        push = (0.6 + 0.6 * severity) * r * np.exp(-d2 / (2.5 * r) ** 2)
        dist = np.sqrt(d2) + 1e-3
        dy = -push * (yy - ly) / dist * size / 2
        dx = -push * (xx - lx) / dist * size / 2
        for key in ("brain", "gm", "sulci", "vent", "fissure", "field"):
            a[key] = warp(a[key].astype(np.float32), dy, dx)
        lesion_w, _ = blob(rng, yy, xx, ly, lx, r, irregularity=0.3)
    img, skull = _render(rng, a, size, modality)
    sign = 1.0 if modality == "mri" else -1.0
    if anomaly == "tumour":
        ly, lx = place_inside(rng, inside, margin=0.2)
        r = rng.uniform(0.08, 0.16) * k
        oedema, f = blob(rng, yy, xx, ly, lx, r * 1.5, irregularity=0.35, edge=0.15)
        core = soft(f / 0.55, 0.1)
        necrosis = soft(f / 0.3, 0.15)
        img = img + severity * (0.45 * oedema + 0.15 * core - 0.3 * necrosis) * a["brain"]
        mask = (oedema > 0.5) & (a["brain"] > 0.5)
    elif anomaly == "haemorrhage":
        if modality == "ct" and rng.random() < 0.4:
            # subdural crescent along the inner table of the skull
            th0 = rng.uniform(0, 2 * np.pi)
            theta = np.arctan2(a["v"], a["u"])
            ang = np.angle(np.exp(1j * (theta - th0)))
            w = soft(np.abs(ang) / rng.uniform(0.5, 0.9), 0.15) * soft(np.abs(a["field"] - 0.96) / 0.05, 0.2)
        else:
            ly, lx = place_inside(rng, inside, margin=0.2)
            w, f = blob(rng, yy, xx, ly, lx, rng.uniform(0.08, 0.14) * k, irregularity=0.4)
        if modality == "mri":
            ring = np.clip(w * (1 - w) * 4, 0, 1)
            img = img + severity * (0.3 * ring - 0.5 * np.clip(w - 0.2, 0, 1)) * a["brain"]
        else:
            img = img + severity * 0.5 * w * a["brain"]
        mask = (w > 0.5) & (a["brain"] > 0.5)
    elif anomaly == "infarct":
        th0 = rng.uniform(0, 2 * np.pi)
        theta = np.arctan2(a["v"], a["u"])
        ang = np.angle(np.exp(1j * (theta - th0)))
        half = rng.uniform(0.25, 0.45) * np.sqrt(k)
        w = soft(np.abs(ang) / half, 0.2) * np.clip((a["field"] - 0.45) / 0.1, 0, 1) * (a["field"] < 0.98)
        w = w * (1 + 0.2 * smooth_noise(rng, size, 0.03)).clip(0, 1.3)
        img = img + sign * severity * 0.38 * w * a["brain"]
        mask = (w > 0.5) & (a["brain"] > 0.5)
    elif anomaly == "mass_effect":
        img = img + sign * severity * 0.42 * lesion_w * a["brain"]
        mask = (lesion_w > 0.5) & (a["brain"] > 0.5)
    elif anomaly is not None:
        raise ValueError(f"unknown brain anomaly {anomaly!r}")
    gain = rng.uniform(0.95, 1.05)
    noise = rng.normal(0, 0.012, img.shape).astype(np.float32)
    img = img * gain + noise * (img > 0.02)
    return normalise(img), mask


def render_ct(rng, size, anomaly=None, severity=0.5):
    """``render`` with ``modality="ct"``: a head CT slice (classes ``CLASSES_CT``)."""
    return render(rng, size, anomaly, severity, modality="ct")
