/** A locality in content/localities.yaml: province, districts and communes as named at the time. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import type { SchemaHelpers } from './helpers';
import { text } from './fields';

/** Administrative levels, as they were before the July 2025 reorganisation. */
export const localityLevels = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn'] as const;

/** Builds the locality schema. */
export const localitySchema = ({ reference }: SchemaHelpers) =>
  z.strictObject(
    {
      /** ASCII id that content files refer to and URLs use, e.g. "dak-ha". Required. */
      id: z
        .string(vi)
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Mã địa bàn (id) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "dak-ha".'),
      /** Name as it was at the time of the content, e.g. "Đăk Hà". Required. */
      name: text(80),
      /** Administrative level. Required. */
      level: z.enum(localityLevels, vi),
      /** Id of the locality it belonged to. Default: none (the province). */
      parent: reference('localities').optional(),
      /** What it belongs to now, after mergers (e.g. "Tỉnh Quảng Ngãi (từ 1/7/2025)"). Default: none. */
      now: text(200).optional(),
    },
    vi,
  );
