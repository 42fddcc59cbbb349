"""Table tests for the hardware recognizer (``extractor/recognize/hardware.py``).

Each case is a sentence and the mentions expected in it, in order, as
``(text, vendor, category, model, quantity)``. ``KNOWN_FAILURES`` hold what the rules get
wrong today; they are strict xfails, so fixing one fails the run until it moves to its group.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor.lexicon
from extractor.lexicon import hardware as lex
from extractor.recognize.hardware import find_hardware

# News reports on AI infrastructure deals, 2023-2025 style.
MODERN_NEWS = [
    ("Meta signed a $14 billion deal with CoreWeave for access to Nvidia's GB300 chips.",
     [("Nvidia's GB300 chips", 'Nvidia', 'GPU', 'GB300', None)]),
    ('The capacity will run on GPUs supplied by Nvidia, the companies said.',
     [('GPUs supplied by Nvidia', 'Nvidia', 'GPU', None, None)]),
    ("OpenAI agreed to deploy 6 gigawatts of AMD's MI450 accelerators starting next year.",
     [("AMD's MI450 accelerators", 'AMD', 'GPU', 'MI450', None)]),
    ('Anthropic will use up to one million Google TPUs under the expanded agreement.',
     [('one million Google TPUs', 'Google', 'TPU', None, 1_000_000)]),
    ('The startup plans to buy 100,000 Nvidia GB300 GPUs for its Texas campus.',
     [('100,000 Nvidia GB300 GPUs', 'Nvidia', 'GPU', 'GB300', 100_000)]),
    ('Microsoft said it would rent capacity built on Nvidia GB200 NVL72 systems.',
     [('Nvidia GB200 NVL72 systems', 'Nvidia', 'server', 'GB200', None)]),
    ('Oracle is buying about 400,000 Nvidia GB200 chips for the Abilene site.',
     [('400,000 Nvidia GB200 chips', 'Nvidia', 'GPU', 'GB200', 400_000)]),
    ('The cluster will house hundreds of thousands of Nvidia Blackwell GPUs.',
     [('Nvidia Blackwell GPUs', 'Nvidia', 'GPU', 'Blackwell', None)]),
    ('Nebius will provide Microsoft with dedicated GPU infrastructure using Nvidia GB300 chips.',
     [('GPU', None, 'GPU', None, None),
      ('Nvidia GB300 chips', 'Nvidia', 'GPU', 'GB300', None)]),
    ("Amazon's Trainium2 chips power Project Rainier, a cluster built for Anthropic.",
     [("Amazon's Trainium2 chips", 'Amazon', 'accelerator', 'Trainium2', None)]),
    ('AWS said customers can now rent Trainium3 UltraServers.',
     [('Trainium3 UltraServers', 'Amazon', 'accelerator', 'Trainium3', None)]),
    ('The company said it had secured 10,000 H100s for the project.',
     [('10,000 H100s', 'Nvidia', 'GPU', 'H100', 10_000)]),
    ("xAI's Colossus supercomputer was built with 100,000 Nvidia H100 GPUs.",
     [('100,000 Nvidia H100 GPUs', 'Nvidia', 'GPU', 'H100', 100_000)]),
    ("Google's Tensor Processing Units (TPUs) have drawn interest from Meta.",
     [("Google's Tensor Processing Units (TPUs)", 'Google', 'TPU', None, None)]),
    ("Meta is in talks to spend billions on Google's TPUs, The Information reported.",
     [("Google's TPUs", 'Google', 'TPU', None, None)]),
    ('Broadcom will design custom chips for OpenAI under a 10-gigawatt agreement.',
     [('custom chips', None, 'accelerator', None, None)]),
    ('The chips, designed by Broadcom, will be deployed from late 2026.',
     [('chips, designed by Broadcom', 'Broadcom', 'accelerator', None, None)]),
    ('OpenAI will deploy racks of custom AI accelerators built with Broadcom.',
     [('custom AI accelerators built with Broadcom', 'Broadcom', 'accelerator', None, None)]),
    ("Nvidia's Vera Rubin platform is due in the second half of 2026.",
     [("Nvidia's Vera Rubin platform", 'Nvidia', 'GPU', 'Vera Rubin', None)]),
    ('The first Rubin chips are expected next year.',
     [('Rubin chips', 'Nvidia', 'GPU', 'Rubin', None)]),
    ("Nvidia's Grace Blackwell superchips are in high demand.",
     [("Nvidia's Grace Blackwell superchips", 'Nvidia', 'GPU', 'Grace Blackwell', None)]),
    ("The deal includes Nvidia's Spectrum-X Ethernet networking.",
     [("Nvidia's Spectrum-X Ethernet networking", 'Nvidia', 'network', 'Spectrum-X', None)]),
    ('The supercomputer uses Nvidia InfiniBand and NVLink.',
     [('Nvidia InfiniBand', 'Nvidia', 'network', 'InfiniBand', None),
      ('NVLink', 'Nvidia', 'network', 'NVLink', None)]),
    ("Intel's Gaudi 3 accelerators will be available on IBM Cloud.",
     [("Intel's Gaudi 3 accelerators", 'Intel', 'accelerator', 'Gaudi 3', None)]),
    ('IBM will offer Intel Gaudi 3 in its cloud early next year.',
     [('Intel Gaudi 3', 'Intel', 'accelerator', 'Gaudi 3', None)]),
    ('Microsoft unveiled its Maia 100 AI accelerator and Cobalt 100 CPU.',
     [('Maia 100 AI accelerator', 'Microsoft', 'accelerator', 'Maia 100', None),
      ('Cobalt 100 CPU', 'Microsoft', 'CPU', 'Cobalt 100', None)]),
    ('Meta is testing its first in-house chip for AI training, the MTIA.',
     [('in-house chip', None, 'accelerator', None, None),
      ('MTIA', 'Meta Platforms', 'accelerator', 'MTIA', None)]),
    ('Cerebras said its WSE-3 chip powers the new inference service.',
     [('WSE-3 chip', 'Cerebras', 'accelerator', 'WSE-3', None)]),
    ("Groq's LPUs will be installed in the Saudi data center.",
     [("Groq's LPUs", 'Groq', 'accelerator', None, None)]),
    ('The company will buy AMD chips worth billions of dollars.',
     [('AMD chips', 'AMD', 'GPU', None, None)]),
    ("AMD's Instinct MI355X GPUs are shipping to Oracle.",
     [("AMD's Instinct MI355X GPUs", 'AMD', 'GPU', 'MI355X', None)]),
    ('Oracle plans to offer 131,072 Nvidia Blackwell GPUs in a zettascale cluster.',
     [('131,072 Nvidia Blackwell GPUs', 'Nvidia', 'GPU', 'Blackwell', 131_072)]),
    ('Oracle will deploy 50,000 AMD MI450 GPUs starting in 2026.',
     [('50,000 AMD MI450 GPUs', 'AMD', 'GPU', 'MI450', 50_000)]),
    ('The neocloud operates tens of thousands of GPUs across Europe.',
     [('GPUs', None, 'GPU', None, None)]),
    ('Crusoe said the campus will host up to 400,000 GPUs.',
     [('400,000 GPUs', None, 'GPU', None, 400_000)]),
    ('The contract covers access to Nvidia H200 and B200 GPUs.',
     [('Nvidia H200', 'Nvidia', 'GPU', 'H200', None),
      ('B200 GPUs', 'Nvidia', 'GPU', 'B200', None)]),
    ("The cloud provider's fleet includes A100 and H100 accelerators.",
     [('A100', 'Nvidia', 'GPU', 'A100', None),
      ('H100 accelerators', 'Nvidia', 'GPU', 'H100', None)]),
    ('Lambda signed a multibillion-dollar deal with Microsoft to deploy AI infrastructure powered by tens of thousands of Nvidia GPUs.',
     [('Nvidia GPUs', 'Nvidia', 'GPU', None, None)]),
    ('IREN will provide Microsoft access to Nvidia GB300 GPUs under a five-year contract.',
     [('Nvidia GB300 GPUs', 'Nvidia', 'GPU', 'GB300', None)]),
    ('IREN will purchase the GPUs and equipment from Dell for about $5.8 billion.',
     [('GPUs', None, 'GPU', None, None)]),
    ('Dell servers equipped with Nvidia chips will be installed in Childress.',
     [('Dell servers', 'Dell Technologies', 'server', None, None),
      ('Nvidia chips', 'Nvidia', 'GPU', None, None)]),
    ('Supermicro shipped liquid-cooled racks of GB200 servers to xAI.',
     [('liquid-cooled racks', None, 'server', None, None),
      ('GB200 servers', 'Nvidia', 'server', 'GB200', None)]),
    ('HPE won a contract to build a supercomputer with AMD EPYC processors.',
     [('AMD EPYC processors', 'AMD', 'CPU', 'EPYC', None)]),
    ('The system pairs AMD EPYC CPUs with Instinct MI300A accelerators.',
     [('AMD EPYC CPUs', 'AMD', 'CPU', 'EPYC', None),
      ('Instinct MI300A accelerators', 'AMD', 'GPU', 'MI300A', None)]),
    ('The Nvidia Blackwell Ultra GPUs will be deployed in 2026.',
     [('Nvidia Blackwell Ultra GPUs', 'Nvidia', 'GPU', 'Blackwell Ultra', None)]),
    ("The deal gives the lab access to Nvidia's next-generation Vera Rubin chips.",
     [("Nvidia's next-generation Vera Rubin chips", 'Nvidia', 'GPU', 'Vera Rubin', None)]),
    ('Anthropic expects to bring well over a gigawatt of capacity online with TPUs in 2026.',
     [('TPUs', 'Google', 'TPU', None, None)]),
    ('Google Cloud will supply TPU v5e chips to the startup.',
     [('TPU v5e chips', 'Google', 'TPU', 'TPU v5e', None)]),
    ('Ironwood TPUs will be generally available in the coming weeks.',
     [('Ironwood TPUs', 'Google', 'TPU', 'Ironwood', None)]),
    ('The seventh-generation TPU, Ironwood, is designed for inference.',
     [('TPU', 'Google', 'TPU', None, None)]),
    ("Trillium chips power the search giant's Gemini models.",
     [('Trillium chips', 'Google', 'TPU', 'Trillium', None)]),
    ('Amazon has invested $8 billion in Anthropic, which trains on Trainium chips.',
     [('Trainium chips', 'Amazon', 'accelerator', 'Trainium', None)]),
    ('OpenAI also signed a $38 billion deal with Amazon Web Services for access to Nvidia GB200 and GB300 chips.',
     [('Nvidia GB200', 'Nvidia', 'GPU', 'GB200', None),
      ('GB300 chips', 'Nvidia', 'GPU', 'GB300', None)]),
    ('The agreement covers hundreds of thousands of Nvidia GPUs, with the ability to expand to tens of millions of CPUs.',
     [('Nvidia GPUs', 'Nvidia', 'GPU', None, None),
      ('CPUs', None, 'CPU', None, None)]),
    ('CoreWeave will supply Nvidia GPUs to OpenAI under a contract worth up to $11.9 billion.',
     [('Nvidia GPUs', 'Nvidia', 'GPU', None, None)]),
    ('Nscale will deploy about 200,000 Nvidia GB300 GPUs for Microsoft.',
     [('200,000 Nvidia GB300 GPUs', 'Nvidia', 'GPU', 'GB300', 200_000)]),
    ('The startup raised money to buy more AI chips.',
     [('AI chips', None, 'accelerator', None, None)]),
    ('Tech giants are spending heavily on AI chips and data centers.',
     [('AI chips', None, 'accelerator', None, None)]),
    ('The company designs application-specific integrated circuits, or ASICs, for hyperscalers.',
     [('ASICs', None, 'accelerator', None, None)]),
    ("Google's custom chips are co-designed with Broadcom.",
     [("Google's custom chips", 'Google', 'accelerator', None, None)]),
    ('Chips from Nvidia and AMD remain scarce.',
     [('Chips from Nvidia', 'Nvidia', 'GPU', None, None),
      ('AMD', 'AMD', 'GPU', None, None)]),
    ("Huawei's Ascend 910C chips are being tested by Chinese firms.",
     [("Huawei's Ascend 910C chips", 'Huawei', 'accelerator', 'Ascend 910C', None)]),
    ('DeepSeek trained its model on Nvidia H800 GPUs.',
     [('Nvidia H800 GPUs', 'Nvidia', 'GPU', 'H800', None)]),
    ("Nvidia's H20 chips were designed for the Chinese market.",
     [("Nvidia's H20 chips", 'Nvidia', 'GPU', 'H20', None)]),
    ('The company will sell B30A chips to China if approved.',
     [('B30A chips', 'Nvidia', 'GPU', 'B30A', None)]),
    ('Qualcomm said its AI200 and AI250 chips will ship in 2026 and 2027.',
     [('AI200', 'Qualcomm', 'accelerator', 'AI200', None),
      ('AI250 chips', 'Qualcomm', 'accelerator', 'AI250', None)]),
    ('The contract includes 1.2 million Nvidia GPUs over several years.',
     [('1.2 million Nvidia GPUs', 'Nvidia', 'GPU', None, 1_200_000)]),
    ('The hyperscaler ordered two million Trainium chips.',
     [('two million Trainium chips', 'Amazon', 'accelerator', 'Trainium', 2_000_000)]),
    ("Microsoft's Fairwater site will use hundreds of thousands of GB200s.",
     [('GB200s', 'Nvidia', 'GPU', 'GB200', None)]),
    ("The data center will be powered by 50,000 of Nvidia's Blackwell chips.",
     [("50,000 of Nvidia's Blackwell chips", 'Nvidia', 'GPU', 'Blackwell', 50_000)]),
    ('Applied Digital said CoreWeave will lease capacity for Nvidia GPUs at its Ellendale campus.',
     [('Nvidia GPUs', 'Nvidia', 'GPU', None, None)]),
    ('The 100,000-GPU cluster will be one of the largest in Europe.',
     [('100,000-GPU', None, 'GPU', None, 100_000)]),
    ('The companies will jointly build a 1-gigawatt cluster of AMD GPUs.',
     [('AMD GPUs', 'AMD', 'GPU', None, None)]),
    ("The startup's Vultr cloud offers AMD Instinct GPUs.",
     [('AMD Instinct GPUs', 'AMD', 'GPU', 'Instinct', None)]),
    ('Each rack contains 72 Blackwell GPUs and 36 Grace CPUs.',
     [('72 Blackwell GPUs', 'Nvidia', 'GPU', 'Blackwell', 72),
      ('36 Grace CPUs', 'Nvidia', 'CPU', 'Grace', 36)]),
    ('The system includes 576 GPUs connected with NVLink.',
     [('576 GPUs', None, 'GPU', None, 576),
      ('NVLink', 'Nvidia', 'network', 'NVLink', None)]),
    ('The company will add DGX B200 systems to its fleet.',
     [('DGX B200 systems', 'Nvidia', 'server', 'B200', None)]),
    ('Nvidia DGX Cloud customers include Amgen.', []),
    ('Customers pay $2.50 per GPU hour on the platform.', []),
    ('The GPU cloud provider raised $1 billion.', []),
    ('Nvidia-powered servers account for most of the order.',
     [('Nvidia-powered servers', 'Nvidia', 'server', None, None)]),
    ('Arista switches and Nvidia Spectrum-X will connect the clusters.',
     [('Arista switches', 'Arista Networks', 'network', None, None),
      ('Nvidia Spectrum-X', 'Nvidia', 'network', 'Spectrum-X', None)]),
    ("Broadcom's Tomahawk 6 switch chips started shipping.",
     [("Broadcom's Tomahawk 6 switch chips", 'Broadcom', 'network', 'Tomahawk 6', None)]),
    ('The Jericho4 router chip connects data centers.',
     [('Jericho4', 'Broadcom', 'network', 'Jericho4', None)]),
    ('The Gaudi accelerators failed to gain traction.',
     [('Gaudi accelerators', 'Intel', 'accelerator', 'Gaudi', None)]),
    ('AMD Helios racks will use MI450 GPUs.',
     [('AMD Helios racks', 'AMD', 'server', 'Helios', None),
      ('MI450 GPUs', 'AMD', 'GPU', 'MI450', None)]),
    ('Amazon Graviton4 processors will run the database workloads.',
     [('Amazon Graviton4 processors', 'Amazon', 'CPU', 'Graviton4', None)]),
    ("Google's Axion CPUs are based on Arm.",
     [("Google's Axion CPUs", 'Google', 'CPU', 'Axion', None)]),
    ('Intel Xeon 6 processors are used as host CPUs in the DGX B300.',
     [('Intel Xeon 6 processors', 'Intel', 'CPU', 'Xeon 6', None),
      ('CPUs', None, 'CPU', None, None),
      ('DGX B300', 'Nvidia', 'GPU', 'B300', None)]),
    ('The firm bought 20,000 AMD MI300X GPUs last year.',
     [('20,000 AMD MI300X GPUs', 'AMD', 'GPU', 'MI300X', 20_000)]),
    ('Tesla is building its Dojo supercomputer.',
     [('Dojo supercomputer', 'Tesla', 'server', 'Dojo', None)]),
    ('Musk said xAI will buy one million GPUs.',
     [('one million GPUs', None, 'GPU', None, 1_000_000)]),
    ("SoftBank plans to buy Nvidia's GB200 superchips for its Japanese cloud.",
     [("Nvidia's GB200 superchips", 'Nvidia', 'GPU', 'GB200', None)]),
    ("Nvidia's share of AI accelerators is above 80%.",
     [('AI accelerators', None, 'accelerator', None, None)]),
    ('Microsoft will spend billions on data centers filled with Nvidia chips and its own Maia accelerators.',
     [('Nvidia chips', 'Nvidia', 'GPU', None, None),
      ('Maia accelerators', 'Microsoft', 'accelerator', 'Maia', None)]),
    ("The H100, Nvidia's flagship chip, remains in short supply.",
     [('H100', 'Nvidia', 'GPU', 'H100', None),
      ("Nvidia's flagship chip", 'Nvidia', 'GPU', None, None)]),
    ('The lab signed a deal for 30,000 GB200s from Oracle.',
     [('30,000 GB200s', 'Nvidia', 'GPU', 'GB200', 30_000)]),
    ('Google agreed to rent Nvidia Blackwell chips from CoreWeave.',
     [('Nvidia Blackwell chips', 'Nvidia', 'GPU', 'Blackwell', None)]),
    ('Meta plans to end the year with 1.3 million GPUs.',
     [('1.3 million GPUs', None, 'GPU', None, 1_300_000)]),
    ('Tesla said it will buy AMD and Nvidia chips for its training cluster.',
     [('AMD', 'AMD', 'GPU', None, None),
      ('Nvidia chips', 'Nvidia', 'GPU', None, None)]),
    ('The startup runs inference on Cerebras chips and Groq LPUs.',
     [('Cerebras chips', 'Cerebras', 'accelerator', None, None),
      ('Groq LPUs', 'Groq', 'accelerator', None, None)]),
    ('The company is moving workloads from Intel Xeon CPUs to Arm-based chips.',
     [('Intel Xeon CPUs', 'Intel', 'CPU', 'Xeon', None),
      ('Arm-based chips', 'Arm Holdings', 'CPU', None, None)]),
    ("OpenAI's first custom chip, designed with Broadcom, will be made by TSMC.",
     [('custom chip, designed with Broadcom', 'Broadcom', 'accelerator', None, None)]),
    ('Alibaba is developing a new AI chip for inference.',
     [('AI chip', None, 'accelerator', None, None)]),
    ('ByteDance plans to spend $12 billion on AI chips this year.',
     [('AI chips', None, 'accelerator', None, None)]),
    ('Anthropic will train Claude on more than 1 million Trainium2 chips.',
     [('1 million Trainium2 chips', 'Amazon', 'accelerator', 'Trainium2', 1_000_000)]),
    ('The neocloud deployed Nvidia H200 GPUs in Iceland.',
     [('Nvidia H200 GPUs', 'Nvidia', 'GPU', 'H200', None)]),
    ('Core Scientific will host 200 megawatts of Nvidia GPUs for CoreWeave.',
     [('Nvidia GPUs', 'Nvidia', 'GPU', None, None)]),
    ('Amazon is offering its Trainium3 chips to outside customers.',
     [('Trainium3 chips', 'Amazon', 'accelerator', 'Trainium3', None)]),
    ('Microsoft ordered 485,000 Hopper chips last year, analysts estimate.',
     [('485,000 Hopper chips', 'Nvidia', 'GPU', 'Hopper', 485_000)]),
    ("The kingdom will receive several hundred thousand of Nvidia's most advanced chips.",
     [("Nvidia's most advanced chips", 'Nvidia', 'GPU', None, None)]),
]

# Company announcements: tickers, trademark signs, product names.
PRESS_RELEASES = [
    ('NVIDIA (NASDAQ: NVDA) today announced that Microsoft will deploy NVIDIA GB300 NVL72 systems.',
     [('NVIDIA GB300 NVL72 systems', 'Nvidia', 'server', 'GB300', None)]),
    ('The supercluster features more than 4,600 NVIDIA Blackwell Ultra GPUs connected by NVIDIA Quantum-X800 InfiniBand.',
     [('4,600 NVIDIA Blackwell Ultra GPUs', 'Nvidia', 'GPU', 'Blackwell Ultra', 4_600),
      ('NVIDIA Quantum-X800 InfiniBand', 'Nvidia', 'network', 'Quantum-X800', None)]),
    ('CoreWeave, Inc. (Nasdaq: CRWV) today announced it is the first cloud provider to deploy NVIDIA GB300 NVL72.',
     [('NVIDIA GB300 NVL72', 'Nvidia', 'GPU', 'GB300', None)]),
    ('AMD (NASDAQ: AMD) and OpenAI announced a strategic partnership to deploy 6 gigawatts of AMD GPUs.',
     [('AMD GPUs', 'AMD', 'GPU', None, None)]),
    ('The first 1 gigawatt deployment of AMD Instinct MI450 GPUs is set to begin in the second half of 2026.',
     [('AMD Instinct MI450 GPUs', 'AMD', 'GPU', 'MI450', None)]),
    ('The cluster is built on AMD Instinct™ MI300X accelerators and AMD EPYC™ processors.',
     [('AMD Instinct™ MI300X accelerators', 'AMD', 'GPU', 'MI300X', None),
      ('AMD EPYC™ processors', 'AMD', 'CPU', 'EPYC', None)]),
    ('Oracle Cloud Infrastructure will offer AMD Instinct MI355X GPUs in zettascale clusters.',
     [('AMD Instinct MI355X GPUs', 'AMD', 'GPU', 'MI355X', None)]),
    ('The platform is powered by NVIDIA HGX B200 systems.',
     [('NVIDIA HGX B200 systems', 'Nvidia', 'server', 'B200', None)]),
    ('Customers can access NVIDIA H100 Tensor Core GPUs on demand.',
     [('NVIDIA H100 Tensor Core GPUs', 'Nvidia', 'GPU', 'H100', None)]),
    ('The supercomputer uses Intel® Xeon® 6 processors and Intel® Gaudi® 3 AI accelerators.',
     [('Intel® Xeon® 6 processors', 'Intel', 'CPU', 'Xeon 6', None),
      ('Intel® Gaudi® 3 AI accelerators', 'Intel', 'accelerator', 'Gaudi 3', None)]),
    ('Nebius Group N.V. (NASDAQ: NBIS) will deliver dedicated capacity based on NVIDIA GB200 NVL72 and GB300 NVL72.',
     [('NVIDIA GB200 NVL72', 'Nvidia', 'GPU', 'GB200', None),
      ('GB300 NVL72', 'Nvidia', 'GPU', 'GB300', None)]),
    ('The new instances are powered by AWS Trainium2 chips.',
     [('AWS Trainium2 chips', 'Amazon', 'accelerator', 'Trainium2', None)]),
    ('Amazon EC2 Trn2 instances deliver better price performance.',
     [('Trn2', 'Amazon', 'accelerator', 'Trainium2', None)]),
    ('Google Cloud today announced the general availability of Ironwood, its seventh-generation TPU.',
     [('TPU', 'Google', 'TPU', None, None)]),
    ('Anthropic plans to expand its use of Google Cloud technologies, including up to one million TPUs.',
     [('one million TPUs', 'Google', 'TPU', None, 1_000_000)]),
    ('Broadcom Inc. (NASDAQ: AVGO) today announced shipping of Tomahawk 6 switch series.',
     [('Tomahawk 6 switch', 'Broadcom', 'network', 'Tomahawk 6', None)]),
    ("The racks will use Broadcom's Ethernet networking.",
     [("Broadcom's Ethernet networking", 'Broadcom', 'network', None, None)]),
    ('Cerebras Systems today announced six new AI inference data centers powered by Cerebras Wafer-Scale Engines.',
     [('Cerebras Wafer-Scale Engines', 'Cerebras', 'accelerator', 'Wafer Scale Engine', None)]),
    ('Groq today announced it will deploy LPUs in Helsinki.',
     [('LPUs', 'Groq', 'accelerator', None, None)]),
    ('The facility will host 18,000 NVIDIA GB300 Grace Blackwell Ultra Superchips.',
     [('18,000 NVIDIA GB300 Grace Blackwell Ultra Superchips', 'Nvidia', 'GPU', 'GB300', 18_000)]),
    ('IREN Limited (NASDAQ: IREN) has signed a multi-year contract to deliver NVIDIA GB300 GPUs.',
     [('NVIDIA GB300 GPUs', 'Nvidia', 'GPU', 'GB300', None)]),
    ('The systems will be deployed with NVIDIA Spectrum-X Ethernet networking.',
     [('NVIDIA Spectrum-X Ethernet networking', 'Nvidia', 'network', 'Spectrum-X', None)]),
    ('Supermicro (NASDAQ: SMCI) today announced new rack-scale systems for NVIDIA Blackwell.',
     [('rack-scale systems', None, 'server', None, None),
      ('NVIDIA Blackwell', 'Nvidia', 'GPU', 'Blackwell', None)]),
    ('Dell Technologies will supply Dell PowerEdge XE9680 servers with AMD Instinct MI300X accelerators.',
     [('Dell PowerEdge XE9680 servers', 'Dell Technologies', 'server', 'PowerEdge XE9680', None),
      ('AMD Instinct MI300X accelerators', 'AMD', 'GPU', 'MI300X', None)]),
    ('The company purchased 10,752 NVIDIA H200 GPUs.',
     [('10,752 NVIDIA H200 GPUs', 'Nvidia', 'GPU', 'H200', 10_752)]),
    ('Applied Digital Corporation (Nasdaq: APLD) announced a lease with CoreWeave.', []),
    ('The agreement includes NVIDIA GB300 GPUs, NVIDIA Quantum-X800 InfiniBand and NVIDIA ConnectX-8 SuperNICs.',
     [('NVIDIA GB300 GPUs', 'Nvidia', 'GPU', 'GB300', None),
      ('NVIDIA Quantum-X800 InfiniBand', 'Nvidia', 'network', 'Quantum-X800', None),
      ('NVIDIA ConnectX-8 SuperNICs', 'Nvidia', 'network', 'ConnectX-8', None)]),
    ('Lambda today announced a multibillion-dollar agreement with Microsoft to deploy NVIDIA GB300 NVL72 systems.',
     [('NVIDIA GB300 NVL72 systems', 'Nvidia', 'server', 'GB300', None)]),
    ('TeraWulf Inc. (Nasdaq: WULF) signed a lease with Fluidstack, backed by Google.', []),
    ('Crusoe will deploy AMD Instinct MI355X GPUs in its cloud.',
     [('AMD Instinct MI355X GPUs', 'AMD', 'GPU', 'MI355X', None)]),
    ('Vultr will deploy 24,000 AMD Instinct MI355X GPUs.',
     [('24,000 AMD Instinct MI355X GPUs', 'AMD', 'GPU', 'MI355X', 24_000)]),
    ('Microsoft Azure is the first cloud to run NVIDIA GB300 NVL72 at scale.',
     [('NVIDIA GB300 NVL72', 'Nvidia', 'GPU', 'GB300', None)]),
    ("The company will deliver Azure capacity built on NVIDIA's latest GB300 architecture.",
     [("NVIDIA's latest GB300", 'Nvidia', 'GPU', 'GB300', None)]),
    ('Meta Platforms, Inc. will use Arm-based Nvidia Grace CPUs in its data centers.',
     [('Nvidia Grace CPUs', 'Nvidia', 'CPU', 'Grace', None)]),
    ('Nvidia will invest up to $100 billion in OpenAI as it deploys 10 gigawatts of Nvidia systems.',
     [('Nvidia systems', 'Nvidia', 'server', None, None)]),
    ('The first gigawatt will be deployed on the NVIDIA Vera Rubin platform.',
     [('NVIDIA Vera Rubin platform', 'Nvidia', 'GPU', 'Vera Rubin', None)]),
    ('Humain will deploy 18,000 Nvidia GB300 chips.',
     [('18,000 Nvidia GB300 chips', 'Nvidia', 'GPU', 'GB300', 18_000)]),
    ('Humain will purchase up to 600,000 Nvidia GPUs over three years.',
     [('600,000 Nvidia GPUs', 'Nvidia', 'GPU', None, 600_000)]),
    ('AWS will deploy Nvidia GB300 chips for Humain.',
     [('Nvidia GB300 chips', 'Nvidia', 'GPU', 'GB300', None)]),
    ('The company expects to deploy 500 megawatts of Qualcomm AI200 racks.',
     [('Qualcomm AI200 racks', 'Qualcomm', 'server', 'AI200', None)]),
    ('Anthropic will deploy Microsoft Azure capacity powered by Nvidia Grace Blackwell and Vera Rubin systems.',
     [('Nvidia Grace Blackwell', 'Nvidia', 'GPU', 'Grace Blackwell', None),
      ('Vera Rubin systems', 'Nvidia', 'server', 'Vera Rubin', None)]),
    ('Galaxy Digital signed a lease with CoreWeave to host Nvidia GPUs at Helios.',
     [('Nvidia GPUs', 'Nvidia', 'GPU', None, None)]),
    ('Cipher Mining signed a lease with AWS for its Barber Lake site.', []),
    ('Hut 8 will host Nvidia chips for Anthropic at River Bend.',
     [('Nvidia chips', 'Nvidia', 'GPU', None, None)]),
    ('The Stargate site in Abilene will house up to 400,000 GB200 GPUs.',
     [('400,000 GB200 GPUs', 'Nvidia', 'GPU', 'GB200', 400_000)]),
    ('SoftBank will build a cluster of 4,000 Nvidia Blackwell GPUs for its AI business.',
     [('4,000 Nvidia Blackwell GPUs', 'Nvidia', 'GPU', 'Blackwell', 4_000)]),
    ('Fluidstack will provide Nvidia GPUs to Anthropic in Texas and New York.',
     [('Nvidia GPUs', 'Nvidia', 'GPU', None, None)]),
    ('Intel will build custom x86 CPUs for Nvidia under the $5 billion agreement.',
     [('custom x86 CPUs', None, 'CPU', None, None)]),
    ('Nvidia will sell systems-on-chips with Intel x86 RTX SOCs.', []),
    ('Samsung will supply HBM memory chips to AMD.', []),
]

# Ordinary words, people, places and 1980s wire copy that must not become hardware.
TRAPS = [
    ('Texaco Inc said it would sell its refinery to Gulf Oil Corp for 300 mln dlrs.', []),
    ('Allegheny International said its Sunbeam unit makes food processors.', []),
    ('The company makes potato chips and snack foods.', []),
    ('Blue chips rallied on Wall Street as the Dow gained 12 points.', []),
    ('Analysts said investors would chip in more capital.', []),
    ('Sperry Corp said its computer systems unit had record sales.', []),
    ('Burroughs Corp offered 70 dlrs a share for Sperry.', []),
    ('General Electric Co agreed to buy RCA Corp for 6.28 billion dlrs.', []),
    ('Robert Rubin, the Goldman Sachs partner, declined to comment.', []),
    ('Grace Lee, a spokeswoman for the company, said talks continue.', []),
    ("Edward Hopper's paintings sold at auction.", []),
    ('Mr. Blackwell said the board would meet Thursday.', []),
    ('Blackwell said the deal was fair to shareholders.', []),
    ('The Vera Rubin Observatory captured its first images.', []),
    ('Antoni Gaudi designed the basilica.', []),
    ('The Ironwood Ridge development was approved.', []),
    ('Trillium flowers bloom in spring.', []),
    ('The Helios probe studied the sun.', []),
    ('Maia Sandu won the election.', []),
    ('Ascend to the summit before noon.', []),
    ('The Navy fired Tomahawk missiles.', []),
    ("Revlon said Pantry Pride's offer was inadequate.", []),
    ('Dart Group Corp raised its bid for Safeway Stores.', []),
    ('Borg-Warner Corp said it would sell its Chilton unit.', []),
    ('Nvidia shares rose 3% on Tuesday.', []),
    ('The GPU cloud provider raised $500 million.', []),
    ('Customers pay $2 per GPU hour.', []),
    ('AI chip startup Cerebras filed for an IPO.', []),
    ('The chip giant reported record revenue.', []),
    ('GPU maker Nvidia agreed to invest $5 billion in Intel.', []),
    ('Chip stocks fell after the export rules were announced.', []),
    ('New AI chip export rules take effect in May.', []),
    ("Nvidia's data center revenue rose 66%.", []),
    ('Nvidia DGX Cloud Lepton connects developers with GPU capacity.',
     [('GPU', None, 'GPU', None, None)]),
    ('The company sells ASIC miners to bitcoin mining firms.', []),
    ('Cisco Systems Inc said it would buy Splunk.', []),
    ('Cerebras Systems filed for an initial public offering.', []),
    ('Super Micro Computer shares fell.', []),
    ('The instinct of investors is to sell.', []),
    ('The startup accelerators Y Combinator and Techstars backed the firm.', []),
    ('The company reported 2027 guidance for servers.', []),
    ('He paid $10 billion for the chips business.', []),
    ('The processors union went on strike.', []),
    ('Meta Platforms said the deal closed.', []),
    ('Amazon said Prime Day sales rose.', []),
    ('The system was down for hours.', []),
    ('The switch to renewable power will cost billions.', []),
    ('The platform has 3 billion users.', []),
    ("The company's silicon wafers are made in Oregon.", []),
    ('She will chair the committee.', []),
]

KNOWN_FAILURES = [
    # A person's name that is also an Nvidia platform name.
    ('The astronomer Vera Rubin studied dark matter.', []),
    ('Grace Hopper, the computing pioneer, was honored by the Navy.', []),
    # An ambiguous family name in apposition, away from its hardware noun.
    ("The search giant's sixth-generation TPU, Trillium, is now available.",
     [('TPU', 'Google', 'TPU', None, None), ('Trillium', 'Google', 'TPU', 'Trillium', None)]),
    # Ranges and abbreviated numbers.
    ('The firm bought some 20,000 to 25,000 GPUs.',
     [('20,000 to 25,000 GPUs', None, 'GPU', None, 25_000)]),
    ('It is building a cluster of 10k GPUs.', [('10k GPUs', None, 'GPU', None, 10_000)]),
]


def _found(sentence: str) -> list[tuple]:
    return [(m.text, m.vendor, m.category, m.model, m.quantity) for m in find_hardware(sentence)]


def _cases(group):
    return [pytest.param(sentence, expected, id=sentence[:60]) for sentence, expected in group]


@pytest.mark.parametrize("sentence,expected", _cases(MODERN_NEWS + PRESS_RELEASES + TRAPS))
def test_hardware_table(sentence, expected):
    assert _found(sentence) == [tuple(e) for e in expected]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize("sentence,expected", _cases(KNOWN_FAILURES))
def test_known_failures(sentence, expected):
    assert _found(sentence) == [tuple(e) for e in expected]


def test_table_size():
    assert len(MODERN_NEWS) + len(PRESS_RELEASES) + len(TRAPS) >= 200


@pytest.mark.parametrize("sentence", [s for s, _ in MODERN_NEWS + PRESS_RELEASES])
def test_spans_index_the_input(sentence):
    for mention in find_hardware(sentence):
        assert sentence[mention.start:mention.end] == mention.text


def test_offsets_in_a_longer_text():
    text = "Oracle said Tuesday.\n\nIt will deploy 50,000 AMD MI450 GPUs and Nvidia chips."
    mentions = find_hardware(text)
    assert [text[m.start:m.end] for m in mentions] == ["50,000 AMD MI450 GPUs", "Nvidia chips"]


def test_line_breaks_inside_a_phrase():
    text = "It ordered 5,000 Nvidia\nCorp  H100\nGPUs and Advanced Micro\nDevices chips."
    assert _found(text) == [("5,000 Nvidia\nCorp  H100\nGPUs", "Nvidia", "GPU", "H100", 5000),
                               ("Advanced Micro\nDevices chips", "AMD", "GPU", None, None)]


def test_rejects_non_text():
    with pytest.raises(TypeError):
        find_hardware(None)  # type: ignore[arg-type]


_COMPANIES = json.loads((Path(extractor.lexicon.__file__).parent / "companies.json").read_text("utf-8"))


def _lineage(name: str) -> set[str]:
    """A company and all its parents."""
    parents = {e["name"]: e["parent"] for e in _COMPANIES}
    chain = set()
    while name is not None and name not in chain:
        chain.add(name)
        name = parents.get(name)
    return chain


_OWNER = {a: e["name"] for e in _COMPANIES for a in e["aliases"]}


def test_vendors_name_gazetteer_companies():
    """Vendors are the short names news uses for chipmakers ("AMD", "Cerebras"); each must be
    a gazetteer name or alias."""
    vendors = set(lex.VENDORS.values()) | {s.model.vendor for s in lex.MODELS}
    vendors |= {v for _, v in lex.HEADS.values() if v}
    assert {v for v in vendors if v not in _OWNER} == set()


def test_vendor_surfaces_agree_with_gazetteer():
    """"AWS" names Amazon Web Services, whose chips are Amazon's: a surface must name the
    vendor's company or one of its units."""
    for surface, vendor in lex.VENDORS.items():
        assert surface in _OWNER, surface
        assert _OWNER[vendor] in _lineage(_OWNER[surface]), (surface, vendor)


def test_categories_are_known():
    assert {s.model.category for s in lex.MODELS} <= set(lex.CATEGORIES)
    assert {c for c, _ in lex.HEADS.values() if c} <= set(lex.CATEGORIES)


_WORDS = st.sampled_from(
    ["Nvidia", "Nvidia's", "AMD", "GPUs", "GPU", "chips", "AI", "H100", "GB300", "NVL72", "Grace",
     "Rubin", "TPUs", "(TPUs)", "100,000", "one", "million", "of", "supplied", "by", "from", "and",
     "the", "Blackwell", "Instinct", "MI450", "servers", "custom", "-", ",", "Mr.", "said", "\u2122",
     "Tensor", "Processing", "Units", "$", "2027", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join) | st.text(max_size=200))
def test_spans_are_in_bounds_sorted_and_disjoint(text):
    mentions = find_hardware(text)
    previous_end = 0
    for mention in mentions:
        assert 0 <= previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert mention.category in lex.CATEGORIES
        previous_end = mention.end


@pytest.mark.parametrize("unit", [" ", "a ", "Nvidia and ", "1,", "9", "GPUs supplied by ", "Grace ",
                                  "Nvidia's latest new advanced ", "(", "one million "])
def test_adversarial_input_completes(unit):
    # Linear time is measured by scripts/bench_*.py, not asserted here.
    text = unit * (80_000 // len(unit))
    for mention in find_hardware(text):
        assert text[mention.start:mention.end] == mention.text


@pytest.mark.parametrize("text", [
    "Nvidia GPUs at the start", "100,000 Nvidia GB300 GPUs", "It bought (TPUs)Nvidia GPUs.",
    "$Nvidia GPUs, .AMD chips,-Nvidia H100 and x100 GPUs", "GPUs supplied by Nvidia and AMD GPUs",
    "Nvidia GPUs\nAMD MI450 accelerators;Google's Tensor Processing Units (TPUs)H100s",
    "one million Nvidia chips", "half a million GPUs", "Mr. Grace said", "5,000 Nvidia\nCorp  H100\nGPUs",
])
def test_phrase_search_agrees_with_finditer_behind_a_boundary(text):
    """``_PHRASES.search`` finds the phrases ``finditer`` of the phrase behind a look-behind finds:
    at the start, after a boundary character, and right after the phrase before."""
    import re
    from extractor.recognize import hardware
    old = re.compile(r"(?<![\w$\u20ac\u00a3.,-])" + hardware._PHRASE)
    found, pos = [], 0
    while match := hardware._PHRASES.search(text, pos):
        found.append((match.span("phrase"), match.groupdict()))
        pos = match.end("phrase")
    assert found == [(m.span("phrase"), m.groupdict()) for m in old.finditer(text)]
    assert found
