import type { ReportItemData } from './types';

export interface AreaGroup {
  areaCode: string;
  areaName: string;
  items: ReportItemData[];
}

/** The items under their areas, both in the order the form sends them (the framework's order). */
export function groupByArea(items: readonly ReportItemData[]): AreaGroup[] {
  const groups: AreaGroup[] = [];
  for (const item of items) {
    let group = groups.find((g) => g.areaCode === item.areaCode);
    if (!group) {
      group = { areaCode: item.areaCode, areaName: item.areaName, items: [] };
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
