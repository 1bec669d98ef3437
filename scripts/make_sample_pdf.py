"""Build sample/smartoptics-q1-2026-summary.pdf from our own notes (needs reportlab: dev extra)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent.parent / "sample" / "smartoptics-q1-2026-summary.pdf"

PAGE1 = [
    "Smartoptics Group ASA - First quarter 2026 summary",
    "",
    "Smartoptics (Oslo: SMOP) sells open optical networking equipment and software.",
    "In the first quarter of 2026 revenue was $22.91 million, 59.6% more than a year earlier.",
    "EBITDA reached $2.676 million (+121.6%), and operating profit was $1.81 million",
    "compared with $591,000 in Q1 2025. Gross margin was 48.2% against 47.3%.",
    "",
    "Growth drivers named by the company: capacity expansion driven by AI and more",
    "data center interconnect activity, as hyperscale and cloud customers invest for AI",
    "training and inference and telecom operators expand metro and regional networks.",
    "",
    "Targets: two to three times higher market share from 2026 to 2030, and an",
    "operating margin of 13 to 16%.",
]
PAGE2_TITLE = "Revenue by region and business line, Q1 2026 (USD millions)"
ROWS = [
    ("", "Q1 2026", "Growth y/y"),
    ("Americas", "13.9", "77.8%"),
    ("EMEA", "7.8", "46.5%"),
    ("APAC", "1.2", "flat"),
    ("Solutions", "14.2", "73%"),
    ("Software & Services", "3.4", "35%"),
    ("Devices", "5.3", "47%"),
    ("Total revenue", "22.91", "59.6%"),
]


def main() -> None:
    c = canvas.Canvas(str(OUT), pagesize=A4)
    c.setTitle("Smartoptics Q1 2026 summary")
    c.setAuthor("Footnote sample library")
    y = 800
    c.setFont("Helvetica", 11)
    for line in PAGE1:
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, 800, PAGE2_TITLE)
    c.setFont("Helvetica", 11)
    y = 770
    for label, value, growth in ROWS:
        c.drawString(60, y, label)
        c.drawRightString(330, y, value)
        c.drawRightString(450, y, growth)
        y -= 18
    c.showPage()
    c.save()
    print(OUT)


if __name__ == "__main__":
    main()
