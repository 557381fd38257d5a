#!/usr/bin/env python3
"""Draws the shell's icons as SVG and rasterises them with librsvg (16 px and @2x 32 px).

Run from the repository root after changing a drawing: releng/icons/make-icons.py
Needs rsvg-convert (Debian: librsvg2-bin). The PNGs in bundles/org.hisops.app/icons and the capability icons listed
in CAPABILITY_ICONS are committed output.
"""
import os
import subprocess
import tempfile

OUT = 'bundles/org.hisops.app/icons'

def svg(body, size=16):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 16 16">%s</svg>'
            % (size, size, body))

CYL = ('<ellipse cx="{x}" cy="{y}" rx="{rx}" ry="1.6" fill="{c}"/>'
       '<rect x="{l}" y="{y}" width="{w}" height="{h}" fill="{c}"/>'
       '<ellipse cx="{x}" cy="{b}" rx="{rx}" ry="1.6" fill="{c}"/>'
       '<ellipse cx="{x}" cy="{y}" rx="{rx}" ry="1.6" fill="none" stroke="#ffffff" stroke-width="0.7"/>')

def cylinder(x, y, rx, h, c):
    return CYL.format(x=x, y=y, rx=rx, l=x - rx, w=2 * rx, h=h, b=y + h, c=c)

ICONS = {
    'logo': '<rect x="0.5" y="0.5" width="15" height="15" rx="3.5" fill="#1f6fb2"/>'
            + cylinder(7, 4, 4, 7, '#ffffff').replace('stroke="#ffffff"', 'stroke="#1f6fb2"')
            + '<rect x="10.2" y="9" width="5" height="1.6" fill="#2fb45a"/><rect x="11.9" y="7.3" width="1.6" height="5" fill="#2fb45a"/>',
    'cat_assessment': '<circle cx="6.5" cy="6.5" r="4.3" fill="none" stroke="#127f8c" stroke-width="2"/>'
                      '<line x1="9.7" y1="9.7" x2="14.5" y2="14.5" stroke="#127f8c" stroke-width="2.4" stroke-linecap="round"/>',
    'cat_migration': cylinder(4, 3, 3, 9, '#d9822b') + cylinder(12, 3, 3, 9, '#8a8f98')
                     + '<path d="M5.5 8 H10 M8 6 L10.5 8 L8 10" stroke="#1f6fb2" stroke-width="1.6" fill="none"/>',
    'cat_high_availability': cylinder(4, 3, 3, 9, '#1f6fb2') + cylinder(12, 3, 3, 9, '#1f6fb2')
                     + '<path d="M7 7.5 H9" stroke="#2fb45a" stroke-width="1.8"/>',
    'cat_inspection': '<rect x="2.5" y="2" width="11" height="13" rx="1.5" fill="#ffffff" stroke="#3a7d44" stroke-width="1.2"/>'
                      '<rect x="5.5" y="1" width="5" height="2.5" rx="0.8" fill="#3a7d44"/>'
                      '<path d="M5 8.5 L7.2 10.7 L11.2 6" stroke="#3a7d44" stroke-width="1.8" fill="none"/>',
    'cat_disaster_recovery': '<path d="M8 1 L14 3.5 V8 C14 11.5 11.4 14 8 15 C4.6 14 2 11.5 2 8 V3.5 Z" fill="#c0392b"/>'
                             '<path d="M5 8 L7.2 10.2 L11 6" stroke="#ffffff" stroke-width="1.7" fill="none"/>',
    'cat_training': '<path d="M1.5 3 C4 2 6 2.3 8 3.6 C10 2.3 12 2 14.5 3 V13.5 C12 12.6 10 12.8 8 14 C6 12.8 4 12.6 1.5 13.5 Z" fill="#7d4fb2"/>'
                    '<path d="M8 3.8 V13.6" stroke="#ffffff" stroke-width="0.9"/>',
    'cat_administration': '<circle cx="8" cy="8" r="4.6" fill="#5f6b7a"/>'
                          + ''.join('<rect x="6.9" y="0.8" width="2.2" height="3.2" fill="#5f6b7a" transform="rotate(%d 8 8)"/>' % a
                                    for a in range(0, 360, 45))
                          + '<circle cx="8" cy="8" r="1.9" fill="#ffffff"/>',
    'cat_other': '<rect x="1.5" y="1.5" width="5.5" height="5.5" rx="1" fill="#4a90c2"/><rect x="9" y="1.5" width="5.5" height="5.5" rx="1" fill="#8a8f98"/>'
                 '<rect x="1.5" y="9" width="5.5" height="5.5" rx="1" fill="#8a8f98"/><rect x="9" y="9" width="5.5" height="5.5" rx="1" fill="#4a90c2"/>',
    'navigator': '<rect x="1" y="2" width="4" height="3" fill="#1f6fb2"/><rect x="7" y="2.8" width="8" height="1.4" fill="#5f6b7a"/>'
                 '<rect x="4" y="7" width="3" height="2.5" fill="#2fb45a"/><rect x="8.5" y="7.6" width="6.5" height="1.4" fill="#5f6b7a"/>'
                 '<rect x="4" y="11.5" width="3" height="2.5" fill="#2fb45a"/><rect x="8.5" y="12.1" width="6.5" height="1.4" fill="#5f6b7a"/>'
                 '<path d="M2.8 5 V12.7 H4 M2.8 8.2 H4" stroke="#8a8f98" stroke-width="0.9" fill="none"/>',
    'home': '<path d="M8 1.5 L15 8 H13 V14.5 H9.7 V10.3 H6.3 V14.5 H3 V8 H1 Z" fill="#1f6fb2"/>',
    'installed': '<path d="M8 1 L14.5 4 V12 L8 15 L1.5 12 V4 Z" fill="#d9a441"/><path d="M1.5 4 L8 7 L14.5 4 M8 7 V15" stroke="#8a5a12" stroke-width="1" fill="none"/>',
    'about': '<circle cx="8" cy="8" r="7" fill="#1f6fb2"/><rect x="7" y="6.8" width="2" height="5.8" fill="#ffffff"/><circle cx="8" cy="4.6" r="1.2" fill="#ffffff"/>',
    'error': '<circle cx="8" cy="8" r="7" fill="#c0392b"/><path d="M5.2 5.2 L10.8 10.8 M10.8 5.2 L5.2 10.8" stroke="#ffffff" stroke-width="2"/>',
}

# Capability icons drawn here: bundle folder -> {capability id: drawing}.
CAPABILITY_ICONS = {
    'bundles/org.hisops.platform.audit/icons': {
        # A written log whose lines are chained: a sheet with entries and a chain link.
        'org.hisops.platform.audit': '<path d="M2.5 1.5 H10 L12.5 4 V14.5 H2.5 Z" fill="#ffffff" stroke="#5f6b7a" stroke-width="1"/>'
                                     '<path d="M4.5 5 H10.5 M4.5 7.5 H10.5 M4.5 10 H7.5" stroke="#5f6b7a" stroke-width="1.1"/>'
                                     '<rect x="8" y="9.6" width="4.4" height="3" rx="1.5" fill="none" stroke="#1f6fb2" stroke-width="1.3" transform="rotate(-35 10.2 11.1)"/>'
                                     '<rect x="10.4" y="11.6" width="4.4" height="3" rx="1.5" fill="none" stroke="#1f6fb2" stroke-width="1.3" transform="rotate(-35 12.6 13.1)"/>',
    },
}

def render(name, body, size, target):
    with tempfile.NamedTemporaryFile('w', suffix='.svg', delete=False) as f:
        f.write(svg(body, size))
    try:
        subprocess.run(['rsvg-convert', '-w', str(size), '-h', str(size), '-o', target, f.name], check=True)
    finally:
        os.unlink(f.name)

os.makedirs(OUT, exist_ok=True)
for name, body in ICONS.items():
    if name == 'logo':
        for size in (16, 32, 48, 64, 128):
            render(name, body, size, os.path.join(OUT, 'hisops%d.png' % size))
    else:
        render(name, body, 16, os.path.join(OUT, name + '.png'))
        render(name, body, 32, os.path.join(OUT, name + '@2x.png'))
for folder, icons in CAPABILITY_ICONS.items():
    os.makedirs(folder, exist_ok=True)
    for name, body in icons.items():
        render(name, body, 16, os.path.join(folder, name + '.png'))
        render(name, body, 32, os.path.join(folder, name + '@2x.png'))
print('icons written to', OUT, 'and', ', '.join(CAPABILITY_ICONS))
