/**
 * Word banks for the benchmark's directory: the bodies of one province (Party committee and its boards, the
 * Fatherland Front and mass organisations, people's committee and departments) and of its districts, with the
 * titles of their leaders, and Vietnamese personal names in realistic proportions. Invented people; the place
 * names only make the text look like the real thing.
 */

export const PROVINCE = 'Bến Tre';

export const DISTRICTS = [
  'Ba Tri',
  'Bình Đại',
  'Châu Thành',
  'Chợ Lách',
  'Giồng Trôm',
  'Mỏ Cày Bắc',
  'Mỏ Cày Nam',
  'Thạnh Phú',
  'thành phố Bến Tre',
] as const;

export const COMMUNES = [
  'An Hiệp', 'Tân Thạch', 'Phú Túc', 'Hữu Định', 'Tiên Thủy', 'Sơn Hòa', 'Thạnh Phong', 'Giao Thạnh', 'An Thuận',
  'Bảo Thạnh', 'Tân Xuân', 'Mỹ Chánh', 'Vĩnh Hòa', 'Long Thới', 'Hòa Nghĩa', 'Phước Long', 'Lương Quới', 'Thới Lai',
  'Định Trung', 'Thừa Đức', 'Thạnh Trị', 'Phú Đức', 'An Định', 'Tân Trung', 'Hương Mỹ', 'Cẩm Sơn',
] as const;

/** What kind of body a unit is; decides its leaders' titles and whether it issues meetings. */
export type UnitKind = 'party' | 'party-board' | 'front' | 'mass' | 'government' | 'department' | 'other';

export interface UnitSpec {
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Title of the head, e.g. "Trưởng ban Dân vận Tỉnh ủy". */
  head: string;
  /** Title of a deputy. */
  deputy: string;
}

const boards: Array<[string, string, string]> = [
  ['Ban Tổ chức', 'BTC', 'Trưởng ban Tổ chức'],
  ['Ban Tuyên giáo', 'BTG', 'Trưởng ban Tuyên giáo'],
  ['Ban Dân vận', 'BDV', 'Trưởng ban Dân vận'],
  ['Ban Nội chính', 'BNC', 'Trưởng ban Nội chính'],
  ['Ủy ban Kiểm tra', 'UBKT', 'Chủ nhiệm Ủy ban Kiểm tra'],
  ['Văn phòng', 'VP', 'Chánh Văn phòng'],
];

const massOrganisations: Array<[string, string, string, string]> = [
  ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'UBMTTQ', 'Chủ tịch Ủy ban MTTQ Việt Nam', 'Phó Chủ tịch Ủy ban MTTQ Việt Nam'],
  ['Hội Liên hiệp Phụ nữ', 'HLHPN', 'Chủ tịch Hội Liên hiệp Phụ nữ', 'Phó Chủ tịch Hội Liên hiệp Phụ nữ'],
  ['Hội Nông dân', 'HND', 'Chủ tịch Hội Nông dân', 'Phó Chủ tịch Hội Nông dân'],
  ['Hội Cựu chiến binh', 'HCCB', 'Chủ tịch Hội Cựu chiến binh', 'Phó Chủ tịch Hội Cựu chiến binh'],
  ['Liên đoàn Lao động', 'LĐLĐ', 'Chủ tịch Liên đoàn Lao động', 'Phó Chủ tịch Liên đoàn Lao động'],
];

const departments: Array<[string, string]> = [
  ['Sở Nội vụ', 'SNV'],
  ['Sở Tài chính', 'STC'],
  ['Sở Kế hoạch và Đầu tư', 'SKHĐT'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'SNN&PTNT'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT'],
  ['Sở Y tế', 'SYT'],
  ['Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['Sở Tài nguyên và Môi trường', 'STNMT'],
  ['Sở Xây dựng', 'SXD'],
  ['Sở Giao thông vận tải', 'SGTVT'],
  ['Sở Công Thương', 'SCT'],
  ['Sở Thông tin và Truyền thông', 'STTTT'],
  ['Sở Tư pháp', 'STP'],
  ['Sở Khoa học và Công nghệ', 'SKHCN'],
];

const others: Array<[string, string, string, string]> = [
  ['Thanh tra tỉnh', 'TTr', 'Chánh Thanh tra tỉnh', 'Phó Chánh Thanh tra tỉnh'],
  ['Công an tỉnh', 'CA', 'Giám đốc Công an tỉnh', 'Phó Giám đốc Công an tỉnh'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'BCHQS', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'],
  ['Ban Dân tộc tỉnh', 'BDT', 'Trưởng Ban Dân tộc tỉnh', 'Phó Trưởng Ban Dân tộc tỉnh'],
  ['Đài Phát thanh và Truyền hình tỉnh', 'ĐPTTH', 'Giám đốc Đài Phát thanh và Truyền hình tỉnh', 'Phó Giám đốc Đài'],
  ['Báo Đồng Khởi', 'BĐK', 'Tổng Biên tập Báo Đồng Khởi', 'Phó Tổng Biên tập Báo Đồng Khởi'],
  ['Bảo hiểm xã hội tỉnh', 'BHXH', 'Giám đốc Bảo hiểm xã hội tỉnh', 'Phó Giám đốc Bảo hiểm xã hội tỉnh'],
  ['Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'NHCSXH', 'Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'Phó Giám đốc'],
  ['Liên minh Hợp tác xã tỉnh', 'LMHTX', 'Chủ tịch Liên minh Hợp tác xã tỉnh', 'Phó Chủ tịch Liên minh Hợp tác xã tỉnh'],
  ['Hội Chữ thập đỏ tỉnh', 'HCTĐ', 'Chủ tịch Hội Chữ thập đỏ tỉnh', 'Phó Chủ tịch Hội Chữ thập đỏ tỉnh'],
  ['Hội Người cao tuổi tỉnh', 'HNCT', 'Chủ tịch Hội Người cao tuổi tỉnh', 'Phó Chủ tịch Hội Người cao tuổi tỉnh'],
  ['Hội Khuyến học tỉnh', 'HKH', 'Chủ tịch Hội Khuyến học tỉnh', 'Phó Chủ tịch Hội Khuyến học tỉnh'],
  ['Trường Chính trị tỉnh', 'TCT', 'Hiệu trưởng Trường Chính trị tỉnh', 'Phó Hiệu trưởng Trường Chính trị tỉnh'],
  ['Đảng ủy Khối cơ quan và doanh nghiệp tỉnh', 'ĐUK', 'Bí thư Đảng ủy Khối cơ quan và doanh nghiệp tỉnh', 'Phó Bí thư Đảng ủy Khối'],
];

/** The units of the province and of each district: about 150. */
export function unitSpecs(): UnitSpec[] {
  const units: UnitSpec[] = [
    { name: `Tỉnh ủy ${PROVINCE}`, shortName: 'TU', kind: 'party', head: 'Bí thư Tỉnh ủy', deputy: 'Phó Bí thư Tỉnh ủy' },
    ...boards.map(([name, short, head]): UnitSpec => ({
      name: `${name} Tỉnh ủy`,
      shortName: `${short}TU`,
      kind: 'party-board',
      head: `Ủy viên Ban Thường vụ, ${head} Tỉnh ủy`,
      deputy: `Phó ${head} Tỉnh ủy`,
    })),
    ...massOrganisations.map(([name, short, head, deputy]): UnitSpec => ({
      name: `${name} tỉnh`,
      shortName: `${short} tỉnh`,
      kind: name.startsWith('Ủy ban Mặt trận') ? 'front' : 'mass',
      head: `${head} tỉnh`,
      deputy: `${deputy} tỉnh`,
    })),
    { name: 'Tỉnh đoàn', shortName: 'TĐ', kind: 'mass', head: 'Bí thư Tỉnh đoàn', deputy: 'Phó Bí thư Tỉnh đoàn' },
    { name: `Ủy ban nhân dân tỉnh ${PROVINCE}`, shortName: 'UBND tỉnh', kind: 'government', head: 'Chủ tịch Ủy ban nhân dân tỉnh', deputy: 'Phó Chủ tịch Ủy ban nhân dân tỉnh' },
    { name: `Hội đồng nhân dân tỉnh ${PROVINCE}`, shortName: 'HĐND tỉnh', kind: 'government', head: 'Chủ tịch Hội đồng nhân dân tỉnh', deputy: 'Phó Chủ tịch Hội đồng nhân dân tỉnh' },
    ...departments.map(([name, short]): UnitSpec => ({ name, shortName: short, kind: 'department', head: `Giám đốc ${name}`, deputy: `Phó Giám đốc ${name}` })),
    ...others.map(([name, short, head, deputy]): UnitSpec => ({ name, shortName: short, kind: 'other', head, deputy })),
  ];
  for (const district of DISTRICTS) {
    const city = district.startsWith('thành phố');
    const level = city ? district : `huyện ${district}`;
    const committee = city ? 'Thành ủy' : 'Huyện ủy';
    units.push(
      { name: city ? `${committee} ${PROVINCE}` : `${committee} ${district}`, shortName: city ? 'TU TP' : `HU ${district}`, kind: 'party', head: `Bí thư ${committee}`, deputy: `Phó Bí thư ${committee}` },
      { name: `Ủy ban nhân dân ${level}`, shortName: `UBND ${district}`, kind: 'government', head: `Chủ tịch Ủy ban nhân dân ${level}`, deputy: `Phó Chủ tịch Ủy ban nhân dân ${level}` },
      { name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${level}`, shortName: `UBMTTQ ${district}`, kind: 'front', head: `Chủ tịch Ủy ban MTTQ Việt Nam ${level}`, deputy: `Phó Chủ tịch Ủy ban MTTQ Việt Nam ${level}` },
      { name: `Ban Dân vận ${committee} ${district}`, shortName: `BDV ${district}`, kind: 'party-board', head: `Trưởng ban Dân vận ${committee}`, deputy: `Phó Trưởng ban Dân vận ${committee}` },
      { name: `Ban Tuyên giáo ${committee} ${district}`, shortName: `BTG ${district}`, kind: 'party-board', head: `Trưởng ban Tuyên giáo ${committee}`, deputy: `Phó Trưởng ban Tuyên giáo ${committee}` },
      { name: `Ủy ban Kiểm tra ${committee} ${district}`, shortName: `UBKT ${district}`, kind: 'party-board', head: `Chủ nhiệm Ủy ban Kiểm tra ${committee}`, deputy: `Phó Chủ nhiệm Ủy ban Kiểm tra ${committee}` },
      { name: `Hội Liên hiệp Phụ nữ ${level}`, shortName: `HLHPN ${district}`, kind: 'mass', head: `Chủ tịch Hội Liên hiệp Phụ nữ ${level}`, deputy: `Phó Chủ tịch Hội Liên hiệp Phụ nữ ${level}` },
      { name: city ? 'Thành đoàn Bến Tre' : `Huyện đoàn ${district}`, shortName: city ? 'TĐ TP' : `HĐ ${district}`, kind: 'mass', head: city ? 'Bí thư Thành đoàn' : 'Bí thư Huyện đoàn', deputy: city ? 'Phó Bí thư Thành đoàn' : 'Phó Bí thư Huyện đoàn' },
      { name: `Hội Nông dân ${level}`, shortName: `HND ${district}`, kind: 'mass', head: `Chủ tịch Hội Nông dân ${level}`, deputy: `Phó Chủ tịch Hội Nông dân ${level}` },
      { name: `Hội Cựu chiến binh ${level}`, shortName: `HCCB ${district}`, kind: 'mass', head: `Chủ tịch Hội Cựu chiến binh ${level}`, deputy: `Phó Chủ tịch Hội Cựu chiến binh ${level}` },
      { name: `Liên đoàn Lao động ${level}`, shortName: `LĐLĐ ${district}`, kind: 'mass', head: `Chủ tịch Liên đoàn Lao động ${level}`, deputy: `Phó Chủ tịch Liên đoàn Lao động ${level}` },
    );
  }
  return units;
}

/** Family names with their rough share of the population. */
export const FAMILY_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Huỳnh', 3], ['Hoàng', 2], ['Phan', 4.5], ['Võ', 3],
  ['Vũ', 1.5], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đoàn', 0.8], ['Trương', 0.8], ['Lưu', 0.5], ['Đinh', 0.5], ['Mai', 0.4], ['Tô', 0.3],
];

export const MIDDLE_NAMES_MALE = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Thanh', 'Đức', 'Công', 'Hoàng', 'Ngọc', 'Xuân', 'Tấn', 'Thành', 'Duy', 'Trọng'] as const;
export const MIDDLE_NAMES_FEMALE = ['Thị', 'Thị Thanh', 'Ngọc', 'Thu', 'Kim', 'Thị Hồng', 'Thị Mỹ', 'Thị Kim', 'Thanh', 'Thị Ngọc'] as const;

export const GIVEN_NAMES_MALE = [
  'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Nam', 'Phong', 'Khanh', 'Quyền', 'Gặp', 'Tâm', 'Thắng', 'Cường', 'Bình', 'Sơn',
  'Trung', 'Hiếu', 'Lộc', 'Phúc', 'Đạt', 'Nghĩa', 'Thành', 'Hòa', 'Toàn', 'Vinh', 'Đảnh', 'Tuấn', 'Khải', 'Quang',
  'Thịnh', 'Trí', 'Việt', 'Định', 'Luận', 'Nhân', 'Chiến', 'Tùng', 'Huy', 'Khoa',
] as const;
export const GIVEN_NAMES_FEMALE = [
  'Liên', 'Thương', 'Hương', 'Lan', 'Mai', 'Hạnh', 'Nhung', 'Thảo', 'Trinh', 'Ngân', 'Phượng', 'Yến', 'Diễm', 'Loan',
  'Thủy', 'Hằng', 'Tuyết', 'Xuân', 'Sẵn', 'Cúc', 'Đào', 'Hiền', 'Oanh', 'Trâm', 'Vân', 'Ánh', 'Ngọc', 'Quyên',
] as const;

/** Titles of staff below the leaders, completed with the unit's name. */
export const STAFF_TITLES = ['Chuyên viên', 'Trưởng phòng Tổng hợp', 'Phó Chánh Văn phòng', 'Chuyên viên chính', 'Trưởng phòng Tuyên truyền'] as const;

/** Reasons written in the minutes for an absence. */
export const ABSENCE_REASONS = ['Đi công tác', 'Bận việc gia đình', 'Nghỉ phép', 'Đi học tập trung', 'Dự họp tại Trung ương', 'Ốm đau'] as const;

/** Vietnamese names of the lunar years, for "Họp mặt đầu xuân Đinh Dậu 2017". */
export const LUNAR_YEARS: Readonly<Record<number, string>> = {
  2016: 'Bính Thân', 2017: 'Đinh Dậu', 2018: 'Mậu Tuất', 2019: 'Kỷ Hợi', 2020: 'Canh Tý',
  2021: 'Tân Sửu', 2022: 'Nhâm Dần', 2023: 'Quý Mão', 2024: 'Giáp Thìn', 2025: 'Ất Tỵ',
};
