#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English plural forms in translations/cohortlens_en.ts.

English is the source language, so its catalogue holds only the "%n item(s)" messages
(lupdate -pluralonly). Their singular drops "(s)" and their plural keeps the "s".
Run after `cmake --build build --target cohortlens_ui_lupdate`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/cohortlens_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
