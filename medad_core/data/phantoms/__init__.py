DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
PDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ODEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ODEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
MDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
>DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
3DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
2DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
HDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
WDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
HDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
WDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
3DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
1DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
HDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
WDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
GDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
1DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
'DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
1DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
1DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
FDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
UDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
LDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
VDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
YDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
xDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
'DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
/DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
`DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
CDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ODEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
MDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
FDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
UDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
LDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
VDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
YDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
>DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
CDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
*DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
*DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
*DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
*DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
*DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
*DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
CDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
xDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
#DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
xDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
FDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
UDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
LDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
VDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
YDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
xDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
6DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
>DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ODEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
MDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
GDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
|DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
|DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
>DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ODEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
FDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
KDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
!DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
;DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
'DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
'DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
jDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ODEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
MDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
KDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
!DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
!DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
;DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
{DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
'DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
'DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
jDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ODEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
MDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
}DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
"DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
FDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
ADEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
UDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
LDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
_DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
VDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
IDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
TDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
YDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
DDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
EDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
RDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
SDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
[DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
]DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
3DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
2DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
1DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
0DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
pDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
=DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
bDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
NDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
.DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
:DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
#DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
;DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
-DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
wDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
cDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
fDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
hDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
(DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
dDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
zDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
oDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
lDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
vDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
yDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
)DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
tDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
uDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
rDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
nDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
iDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
gDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
eDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
,DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
 DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
mDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
aDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
sDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
kDEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}

DEFAULT_SEVERITY: dict[str, float] = {
    "brain_mri": 0.6, "head_ct": 0.8, "chest_xray": 0.6, "liver_ct": 0.9, "retinal_oct": 0.8,
    "histopathology": 0.9, "endoscopy": 0.95, "fundus": 0.7,
}
