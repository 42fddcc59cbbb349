"""Hardware vocabulary: chip vendors, model and family names, and the nouns that head a
hardware phrase (see ``extractor/recognize/hardware.py``).

Vendor names are the short names news gives chipmakers ("Nvidia", "AMD", "Cerebras"); each is a
name or alias in ``companies.json`` (where AMD's canonical party name is "Advanced Micro
Devices"), and a test keeps the two in step. Surface forms are matched case-sensitively unless noted.
"""
from __future__ import annotations

from dataclasses import dataclass

GPU, TPU, ACCELERATOR, CPU, SERVER, NETWORK = "GPU", "TPU", "accelerator", "CPU", "server", "network"
CATEGORIES = (GPU, TPU, ACCELERATOR, CPU, SERVER, NETWORK)
CHIP_CATEGORIES = (GPU, TPU, ACCELERATOR, CPU)  # what is bought as chips, not systems

# How specific a name is. In "Instinct MI450" or "GB300 NVL72" the most specific name is the model.
CHIP, FAMILY, SYSTEM = 3, 2, 1


@dataclass(frozen=True, slots=True)
class Model:
    """A chip, system or product family. ``ambiguous`` names (``Grace``, ``Rubin``) count only
    beside a vendor, a hardware noun or another model name."""

    name: str
    vendor: str
    category: str
    rank: int = CHIP
    ambiguous: bool = False


@dataclass(frozen=True, slots=True)
class Surface:
    """How a model is written (``Trainium 2``) and the model it names (``Trainium2``)."""

    text: str
    model: Model


def _models(vendor: str, category: str, names: str, rank: int = CHIP, ambiguous: bool = False):
    """``"H100, Trainium 2=Trainium2"`` -> surfaces; ``written=canonical`` gives a variant spelling."""
    surfaces = []
    for item in filter(None, (n.strip() for n in names.split(","))):
        written, _, canonical = item.partition("=")
        surfaces.append(Surface(written, Model(canonical or written, vendor, category, rank, ambiguous)))
    return tuple(surfaces)


MODELS: tuple[Surface, ...] = (
    # Nvidia
    *_models("Nvidia", GPU, "H100, H200, H20, H800, A100, A800, A10, V100, L40S, L40, B100, B200, B300, "
             "GB200, GB300, GH200, B30A, VR200, Rubin CPX, RTX Pro 6000, RTX PRO 6000=RTX Pro 6000"),
    *_models("Nvidia", GPU, "A10", ambiguous=True),
    *_models("Nvidia", GPU, "Blackwell, Blackwell Ultra, Grace Blackwell Ultra, Rubin Ultra, Vera Rubin, Grace Blackwell, "
             "Grace Hopper", rank=FAMILY),
    *_models("Nvidia", GPU, "L4, Hopper, Rubin, Feynman", rank=FAMILY, ambiguous=True),
    *_models("Nvidia", CPU, "Grace, Vera", rank=FAMILY, ambiguous=True),
    *_models("Nvidia", SERVER, "DGX, HGX, NVL72, NVL144, NVL576, DGX SuperPOD, SuperPOD", rank=SYSTEM),
    *_models("Nvidia", NETWORK, "Spectrum-X, Spectrum\u2122-X=Spectrum-X, Spectrum-XGS, Spectrum-X Ethernet=Spectrum-X, InfiniBand, Quantum-X, "
             "Quantum-2, Quantum-X800, Spectrum-X800, Spectrum-X Photonics, NVLink, NVLink Fusion, NVSwitch, ConnectX-7, ConnectX-8, ConnectX, BlueField-3, "
             "BlueField-4, BlueField"),
    # AMD
    *_models("AMD", GPU, "MI300X, MI300A, MI300, MI308X, MI308, MI325X, MI350X, MI350, MI355X, MI355, "
             "MI400X, MI400, MI450X, MI450, MI455X, MI500"),
    *_models("AMD", GPU, "Instinct", rank=FAMILY, ambiguous=True),
    *_models("AMD", SERVER, "Helios", rank=SYSTEM, ambiguous=True),
    *_models("AMD", CPU, "EPYC, Epyc=EPYC"),
    # Google
    *_models("Google", TPU, "TPU v4, TPU v5e, TPU v5p, TPU v6e, TPU v7, TPUv7=TPU v7, v5e=TPU v5e, v5p=TPU v5p, v6e=TPU v6e"),
    *_models("Google", TPU, "Trillium, Ironwood", rank=FAMILY, ambiguous=True),
    *_models("Google", CPU, "Axion", ambiguous=True),
    # Amazon
    *_models("Amazon", ACCELERATOR, "Trainium, Trainium2, Trainium 2=Trainium2, Trainium3, Trainium 3=Trainium3, "
             "Trn2=Trainium2, Trn3=Trainium3, Inferentia, Inferentia2"),
    *_models("Amazon", CPU, "Graviton, Graviton4, Graviton3"),
    *_models("Amazon", SERVER, "UltraServer, Trn2 UltraServer", rank=SYSTEM),
    # Intel
    *_models("Intel", ACCELERATOR, "Gaudi 3, Gaudi3=Gaudi 3, Gaudi\u00ae 3=Gaudi 3, Gaudi 2, Gaudi2=Gaudi 2, Jaguar Shores, Falcon Shores"),
    *_models("Intel", ACCELERATOR, "Gaudi", rank=FAMILY, ambiguous=True),
    *_models("Intel", CPU, "Xeon, Xeon 6, Xeon\u00ae 6=Xeon 6"),
    # Microsoft, Meta, others
    *_models("Microsoft", ACCELERATOR, "Maia 100, Maia 200"),
    *_models("Microsoft", ACCELERATOR, "Maia", rank=FAMILY, ambiguous=True),
    *_models("Microsoft", CPU, "Cobalt 100, Cobalt 200"),
    *_models("Meta Platforms", ACCELERATOR, "MTIA"),
    *_models("Cerebras", ACCELERATOR, "WSE-3, WSE-2, Wafer Scale Engine, Wafer-Scale Engine=Wafer Scale Engine"),
    *_models("Cerebras", SERVER, "CS-3", rank=SYSTEM),
    *_models("Huawei", ACCELERATOR, "Ascend 910B, Ascend 910C, Ascend 910, Ascend 950, Ascend 920"),
    *_models("Huawei", ACCELERATOR, "Ascend", rank=FAMILY, ambiguous=True),
    *_models("Huawei", SERVER, "CloudMatrix 384, CloudMatrix", rank=SYSTEM),
    *_models("Qualcomm", ACCELERATOR, "AI200, AI250, Cloud AI 100"),
    *_models("Broadcom", NETWORK, "Tomahawk 5, Tomahawk 6, Tomahawk Ultra, Jericho3-AI, Jericho4"),
    *_models("Broadcom", NETWORK, "Tomahawk, Jericho", rank=FAMILY, ambiguous=True),
    *_models("Dell Technologies", SERVER, "PowerEdge XE9680, PowerEdge XE9712, PowerEdge XE8712, PowerEdge",
             rank=SYSTEM),
    *_models("Hewlett Packard Enterprise", SERVER, "ProLiant", rank=SYSTEM),
    *_models("Tesla", ACCELERATOR, "Dojo", rank=FAMILY, ambiguous=True),
)

# Surface forms of vendors that may stand in a hardware phrase -> canonical company name.
VENDORS: dict[str, str] = {
    "Nvidia": "Nvidia", "NVIDIA": "Nvidia", "Nvidia Corp": "Nvidia", "Nvidia Corp.": "Nvidia",
    "NVIDIA Corp": "Nvidia", "Nvidia Corporation": "Nvidia",
    "AMD": "AMD", "Advanced Micro Devices": "AMD", "Advanced Micro Devices Inc": "AMD",
    "Google": "Google", "Google Cloud": "Google",
    "Amazon": "Amazon", "AWS": "Amazon", "Amazon Web Services": "Amazon",
    "Intel": "Intel", "Intel Corp": "Intel", "Broadcom": "Broadcom",
    "Microsoft": "Microsoft", "Meta": "Meta Platforms", "Meta Platforms": "Meta Platforms",
    "Cerebras": "Cerebras", "Cerebras Systems": "Cerebras", "Groq": "Groq",
    "Huawei": "Huawei", "Qualcomm": "Qualcomm", "Marvell": "Marvell Technology",
    "SambaNova": "SambaNova", "Tenstorrent": "Tenstorrent", "Etched": "Etched",
    "Tesla": "Tesla", "Dell": "Dell Technologies", "Supermicro": "Super Micro Computer",
    "Super Micro": "Super Micro Computer", "HPE": "Hewlett Packard Enterprise",
    "Hewlett Packard Enterprise": "Hewlett Packard Enterprise", "Lenovo": "Lenovo",
    "Cisco": "Cisco Systems", "Cisco Systems": "Cisco Systems", "Arista": "Arista Networks", "Foxconn": "Foxconn",
    "Ampere": "Ampere Computing", "Arm": "Arm Holdings",
}

# The category a vendor's generic "chips" / "AI chips" / "accelerators" belong to.
VENDOR_DEFAULT_CATEGORY: dict[str, str] = {
    "Nvidia": GPU, "AMD": GPU, "Google": TPU, "Arm Holdings": CPU, "Ampere Computing": CPU,
}

# The category of a generic head with no model, qualifier or vendor default ("Intel processors").
GENERIC_HEAD_DEFAULT: dict[str, str] = {"processor": CPU, "processors": CPU}

# Heads written only in lower case: capitalized they are usually part of a name ("Cisco Systems").
# The category of each chip or family (not system) model, by canonical name: a system named
# by its chips ("Nvidia GB200 racks", "GB300 NVL72 systems") is counted as those chips in a
# deal's record (fixtures/README.md, "hardware").
CHIP_MODEL_CATEGORY = {s.model.name: s.model.category for s in MODELS if s.model.rank > SYSTEM}

LOWER_CASE_HEADS = frozenset({
    "system", "systems", "switch", "switches", "platform", "rack", "racks", "server", "servers",
    "silicon", "chip", "interconnect", "interconnects", "networking",
})

# Nouns that head a hardware phrase (matched case-insensitively) -> (category, implied vendor).
# ``None`` as category: a generic chip noun whose category comes from the model or vendor.
HEADS: dict[str, tuple[str | None, str | None]] = {
    "GPU": (GPU, None), "GPUs": (GPU, None), "graphics processing unit": (GPU, None),
    "graphics processing units": (GPU, None), "graphics processor": (GPU, None),
    "graphics processors": (GPU, None), "graphics chip": (GPU, None), "graphics chips": (GPU, None),
    "TPU": (TPU, "Google"), "TPUs": (TPU, "Google"), "tensor processing unit": (TPU, "Google"),
    "tensor processing units": (TPU, "Google"),
    "LPU": (ACCELERATOR, "Groq"), "LPUs": (ACCELERATOR, "Groq"),
    "language processing unit": (ACCELERATOR, "Groq"), "language processing units": (ACCELERATOR, "Groq"),
    "CPU": (CPU, None), "CPUs": (CPU, None), "central processing unit": (CPU, None),
    "central processing units": (CPU, None),
    "ASIC": (ACCELERATOR, None), "ASICs": (ACCELERATOR, None), "XPU": (ACCELERATOR, None),
    "XPUs": (ACCELERATOR, None), "NPU": (ACCELERATOR, None), "NPUs": (ACCELERATOR, None),
    "silicon": (ACCELERATOR, None),
    "chip": (None, None), "chips": (None, None), "accelerator": (None, None),
    "accelerators": (None, None), "processor": (None, None), "processors": (None, None),
    "semiconductors": (None, None), "superchip": (None, None), "superchips": (None, None),
    "server": (SERVER, None), "servers": (SERVER, None), "rack": (SERVER, None), "racks": (SERVER, None),
    "systems": (SERVER, None), "system": (SERVER, None), "supercomputer": (SERVER, None),
    "supercomputers": (SERVER, None), "rack-scale systems": (SERVER, None),
    "rack-scale system": (SERVER, None), "platform": (None, None),
    "switch": (NETWORK, None), "switches": (NETWORK, None), "switch chips": (NETWORK, None),
    "networking gear": (NETWORK, None), "networking equipment": (NETWORK, None),
    "network switches": (NETWORK, None), "networking": (NETWORK, None), "SuperNIC": (NETWORK, None), "SuperNICs": (NETWORK, None), "interconnect": (NETWORK, None),
    "interconnects": (NETWORK, None), "networking chips": (NETWORK, None),
}

# Heads that name hardware only beside a vendor, a model, a quantity or a qualifying word
# ("AI chips", "custom silicon", "server racks"); alone they are ordinary words.
CONTEXT_HEADS = frozenset({
    "chip", "chips", "accelerator", "accelerators", "processor", "processors", "semiconductors",
    "superchip", "superchips", "rack", "racks", "system", "systems", "switch", "switches",
    "silicon", "platform", "interconnect", "interconnects", "NPU", "NPUs", "server", "servers",
    "supercomputer", "supercomputers", "SuperNIC", "SuperNICs", "networking",
})

# Words before a head noun that make it hardware and may set its category ("GPU servers").
HEAD_QUALIFIERS: dict[str, str | None] = {
    "AI": None, "custom": ACCELERATOR, "custom AI": ACCELERATOR, "in-house": ACCELERATOR,
    "homegrown": ACCELERATOR, "proprietary": ACCELERATOR, "data center": None, "data-center": None,
    "datacenter": None, "inference": None, "training": None, "GPU": GPU, "TPU": TPU, "CPU": CPU,
    "server": None, "accelerator": ACCELERATOR, "Arm-based": CPU, "x86": CPU, "networking": NETWORK,
    "Ethernet": NETWORK, "optical": NETWORK, "AI server": SERVER, "GPU server": SERVER,
    "Tensor Core": GPU, "liquid-cooled": None, "rack-scale": SERVER,
}

# Adjectives allowed between a vendor and the model or head ("Nvidia's latest Blackwell GPUs").
MODIFIERS = (
    "latest", "newest", "new", "next-generation", "next-gen", "current-generation", "current",
    "older", "previous-generation", "existing", "advanced", "most advanced", "most powerful",
    "cutting-edge", "high-end", "top-of-the-line", "state-of-the-art", "flagship", "upcoming",
    "forthcoming", "powerful", "leading", "popular", "coveted", "scarce", "sought-after",
    "in-demand", "prized", "high-performance", "specialized", "additional", "future", "top",
)

# Words after a vendor or model that make the phrase mean the vendor ("Nvidia-based servers").
VENDOR_LINKS = ("based", "powered", "built", "made", "designed", "equipped", "accelerated")

# Verbs of "GPUs supplied by Nvidia" and "accelerators built with Broadcom".
SUPPLY_VERBS = (
    "supplied", "made", "built", "designed", "manufactured", "produced", "provided", "developed",
    "sold", "purchased", "bought", "sourced", "co-designed", "codesigned", "co-developed",
)

# Following words that make a hardware noun describe something else ("GPU cloud provider",
# "chip giant Nvidia", "$2 per GPU hour", "AI chip exports").
NOT_HARDWARE_AFTER = (
    "maker", "makers", "giant", "giants", "designer", "designers", "startup", "startups", "company",
    "companies", "firm", "firms", "supplier", "suppliers", "cloud", "clouds", "provider", "providers",
    "hour", "hours", "stocks", "stock", "shares", "sector", "industry", "export", "exports",
    "rental", "rentals", "as-a-service", "-as-a-service", "miner", "miners", "mining", "vendor",
    "vendors", "manufacturer", "manufacturers", "leader", "powerhouse", "darling", "king",
    "architect", "Cloud", "Observatory", "telescope", "Corp", "Corp.", "Inc", "Inc.", "Co", "Co.",
    "Ltd", "LLC", "Group", "Holdings", "Partners", "Capital", "Ventures", "Labs", "Foundation",
)

# Titles that make an ambiguous name a person's ("Mr. Blackwell").
PERSON_TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms", "Dr", "Sen.", "Rep.")

# Number words for quantities ("one million GPUs").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a half": 0.5, "half a": 0.5,
}
SCALE_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}

# Heads that make a phrase hardware only after a model name ("the Blackwell platform").
MODEL_ONLY_HEADS = frozenset({"platform"})

# Abbreviations that may follow a head in parentheses ("Tensor Processing Units (TPUs)").
ABBREVIATIONS = ("GPU", "GPUs", "TPU", "TPUs", "CPU", "CPUs", "LPU", "LPUs", "ASIC", "ASICs", "XPU", "XPUs")
