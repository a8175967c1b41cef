#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 CohortLens contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Completes translations/cohortlens_en.ts after lupdate.

English is the source language: every message translates to its source text, and the
"%n item(s)" messages get real plural forms (the singular drops "(s)", the plural keeps
the "s"). Run after `cmake --build build --target cohortlens_ui_lupdate`.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/cohortlens_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    source = message.find("source").text or ""
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in (re.sub(r"\((s|es)\)", "", source), re.sub(r"\((s|es)\)", r"\1", source)):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
