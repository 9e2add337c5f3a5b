import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng, type RgbaImage } from './png';

// The skill's icons: a barbell on a round badge. Drawn from shapes in a unit square, so both sizes
// come from one design; each pixel averages 4×4 samples for smooth edges. Deterministic: running it
// again writes the same bytes (a test compares the committed PNGs with what this draws).

type Rgb = readonly [number, number, number];

interface Shape {
  readonly colour: Rgb;
  contains(x: number, y: number): boolean;
}

const colours = {
  background: [18, 50, 79],
  badge: [28, 78, 120],
  bar: [226, 232, 240],
  plate: [245, 166, 35],
  outerPlate: [224, 142, 11],
} as const satisfies Record<string, Rgb>;

function circle(cx: number, cy: number, radius: number, colour: Rgb): Shape {
  return { colour, contains: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 };
}

function roundedRect(
  left: number,
  top: number,
  right: number,
  bottom: number,
  radius: number,
  colour: Rgb,
): Shape {
  return {
    colour,
    contains(x, y) {
      if (x < left || x > right || y < top || y > bottom) return false;
      const dx = Math.max(left + radius - x, 0, x - (right - radius));
      const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
      return dx * dx + dy * dy <= radius * radius;
    },
  };
}

/** Mirrored pairs: the barbell is symmetric about the centre line. */
function pair(
  left: number,
  top: number,
  right: number,
  bottom: number,
  radius: number,
  colour: Rgb,
): Shape[] {
  return [
    roundedRect(left, top, right, bottom, radius, colour),
    roundedRect(1 - right, top, 1 - left, bottom, radius, colour),
  ];
}

/** Painted in order: later shapes cover earlier ones. */
const design: Shape[] = [
  circle(0.5, 0.5, 0.45, colours.badge),
  roundedRect(0.13, 0.475, 0.87, 0.525, 0.02, colours.bar),
  ...pair(0.19, 0.36, 0.25, 0.64, 0.02, colours.outerPlate),
  ...pair(0.25, 0.28, 0.33, 0.72, 0.025, colours.plate),
  ...pair(0.33, 0.44, 0.36, 0.56, 0.01, colours.bar),
];

const samplesPerAxis = 4;

function colourAt(x: number, y: number): Rgb {
  let colour: Rgb = colours.background;
  for (const shape of design) if (shape.contains(x, y)) colour = shape.colour;
  return colour;
}

export function drawIcon(size: number): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const samples = samplesPerAxis * samplesPerAxis;
  for (let row = 0; row < size; row++) {
    for (let column = 0; column < size; column++) {
      const sum: [number, number, number] = [0, 0, 0];
      for (let sy = 0; sy < samplesPerAxis; sy++) {
        for (let sx = 0; sx < samplesPerAxis; sx++) {
          const colour = colourAt(
            (column + (sx + 0.5) / samplesPerAxis) / size,
            (row + (sy + 0.5) / samplesPerAxis) / size,
          );
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
        }
      }
      const offset = (row * size + column) * 4;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round((sum[channel] ?? 0) / samples);
      }
      pixels[offset + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** The sizes Alexa asks for: the small icon in skill lists, the large one on the skill's page. */
export const iconFiles = [
  { size: 108, path: 'assets/images/lift-coach-108.png', field: 'smallIconUri' },
  { size: 512, path: 'assets/images/lift-coach-512.png', field: 'largeIconUri' },
] as const;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const icon of iconFiles) {
    const target = fileURLToPath(new URL(`../../skill-package/${icon.path}`, import.meta.url));
    writeFileSync(target, encodePng(drawIcon(icon.size)));
    console.log(`wrote skill-package/${icon.path} (${icon.size}×${icon.size})`);
  }
}
