/**
 * Words and phrases of the campaign's domain, with diacritics, đ-words, abbreviations from
 * content/radio/viet-tat.yaml and figures written the Vietnamese way, for generated sentences.
 */

/** Who does something: organisations, people, communities. */
export const SUBJECTS = [
  'Chi bộ thôn',
  'Đảng ủy',
  'UBND',
  'UBMTTQ',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Nông dân',
  'Hội CCB',
  'Đồn Biên phòng',
  'BCH Quân sự',
  'các thầy cô giáo trường PTDT bán trú',
  'cán bộ, đảng viên',
  'bà con dân làng',
  'già làng, người có uy tín',
  'đội văn nghệ cồng chiêng của làng',
  'tổ hợp tác trồng sâm Ngọc Linh',
  'các hộ đồng bào Xơ Đăng',
  'thanh niên tình nguyện',
  'Ban Tuyên giáo Tỉnh ủy',
  'Ban Dân vận Huyện ủy',
  'HTX nông nghiệp',
  'lực lượng dân quân tự vệ',
  'chị em trong chi hội phụ nữ',
  'đội viên Đội Thiếu niên Tiền phong',
  'Công an',
  'trạm y tế',
] as const;

/** What they do: the verb of a sentence. */
export const ACTIONS = [
  'đã vận động',
  'thường xuyên tổ chức',
  'kiên trì hướng dẫn',
  'chủ động phối hợp với bà con để thực hiện',
  'tích cực hưởng ứng',
  'đăng ký làm theo Bác bằng',
  'đi đầu trong',
  'đã triển khai',
  'bền bỉ duy trì',
  'cùng nhau góp công, góp sức cho',
  'đã nhân rộng',
  'đưa vào sinh hoạt chi bộ',
  'đưa vào nghị quyết chuyên đề',
  'khởi xướng',
] as const;

/** What is done: the object of a sentence. */
export const OBJECTS = [
  'mô hình hay, cách làm mới trong phát triển kinh tế',
  'phong trào thi đua "Dân vận khéo"',
  'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'cuộc vận động "Toàn dân đoàn kết xây dựng NTM, đô thị văn minh"',
  'việc làm đường giao thông nông thôn',
  'mô hình "Heo đất nuôi chữ" cho học sinh vùng biên',
  'tủ sách về Bác trong nhà rông',
  'việc trồng cà phê xen cây ăn quả',
  'tổ tiết kiệm xoay vòng của chị em phụ nữ',
  'việc giữ gìn ANTT ở thôn làng',
  'lớp xóa mù chữ cho đồng bào dân tộc thiểu số',
  'việc bảo tồn văn hóa cồng chiêng',
  'phong trào "Ngày Chủ nhật xanh"',
  'mô hình nuôi cá lồng trên lòng hồ',
  'việc hiến đất làm đường, làm nhà văn hóa',
  'chương trình giảm nghèo bền vững',
  'việc đưa Chỉ thị 05-CT/TW vào cuộc sống',
  'phong trào "Đền ơn đáp nghĩa"',
  'mô hình "Ngôi nhà đại đoàn kết"',
  'việc chuyển đổi số ở cơ sở',
  'việc tuyên truyền trên loa truyền thanh thôn',
  'tổ hòa giải ở cơ sở',
  'mô hình trồng dược liệu dưới tán rừng',
  'việc chăm lo cho gia đình chính sách',
] as const;

/** How a sentence may begin. */
export const OPENERS = [
  'Trong năm qua,',
  'Từ đầu năm đến nay,',
  'Sau 5 năm thực hiện Chỉ thị 05-CT/TW,',
  'Thấm nhuần lời dạy của Bác,',
  'Hưởng ứng lời kêu gọi của Tỉnh ủy,',
  'Với phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",',
  'Ngay từ những ngày đầu,',
  'Không chờ hỗ trợ từ bên ngoài,',
  'Cũng như nhiều địa phương khác trong tỉnh,',
  'Theo báo cáo của BCĐ huyện,',
  'Mỗi dịp kỷ niệm ngày sinh của Bác,',
  'Nhớ lời Bác dặn,',
] as const;

/** Results, each with a `{n}` to fill with a figure and sometimes a `{p}` percentage. */
export const RESULTS = [
  'góp phần giảm tỷ lệ hộ nghèo xuống còn {p}%',
  'thu hút {n} lượt người tham gia',
  'đã có {n} hộ gia đình được hỗ trợ',
  'làm mới {n} mét đường bê tông',
  'quyên góp được {n} nghìn đồng',
  'giúp {n} học sinh không phải bỏ học giữa chừng',
  'tổ chức {n} buổi sinh hoạt chuyên đề',
  'trồng mới {n} cây xanh',
  'với tổng giá trị ước tính {n} triệu đồng',
  'nâng thu nhập bình quân lên {n} nghìn đồng mỗi tháng',
] as const;

/** Linking words between clauses. */
export const LINKS = ['qua đó', 'nhờ vậy', 'từ đó', 'đến nay', 'bước đầu', 'nhờ cách làm ấy'] as const;

/** What people quoted in a report say, each a full sentence. */
export const SAYINGS = [
  'Lúc đầu bà con còn e ngại, nhưng thấy cán bộ làm trước nên ai cũng theo.',
  'Mình làm theo lời Bác dạy, việc gì có lợi cho dân thì làm ngay.',
  'Con đường này do chính bà con góp đất, góp công mà làm nên.',
  'Nhà nào cũng có người đi học lớp xóa mù chữ, không ai bị bỏ lại phía sau.',
  'Nghề trồng sâm giúp gia đình tôi có thu nhập ổn định, con cái được đi học đầy đủ.',
  'Chúng tôi họp thôn mỗi tháng một lần để bàn việc chung, có gì vướng thì cùng gỡ.',
  'Được học tập tấm gương của Bác, tôi thấy mình phải sống tốt hơn mỗi ngày.',
  'Đội cồng chiêng của làng giờ đã có lớp trẻ nối nghiệp.',
] as const;

/** Closing thoughts, each a full sentence. */
export const REFLECTIONS = [
  'Việc làm tuy nhỏ nhưng có ý nghĩa lớn, bởi nó bắt đầu từ chính nhu cầu của người dân.',
  'Cán bộ đi trước, làm trước, bà con thấy hiệu quả thì tự nguyện làm theo.',
  'Điều quan trọng nhất là cách làm ấy được duy trì đều đặn, không phải chỉ làm theo phong trào.',
  'Làm theo Bác, suy cho cùng, là làm những việc có lợi cho dân một cách thiết thực, cụ thể.',
  'Đó là minh chứng sinh động cho lời dạy "dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong".',
  'Bà con nói vui rằng nay đường đã sáng, lòng người cũng sáng.',
  'Những con số ấy không tự nhiên mà có, mà là kết quả của sự kiên trì, bền bỉ từ cơ sở.',
  'Từ một thôn, cách làm đã lan ra cả xã, rồi được nhiều địa phương trong tỉnh học tập.',
  'Mỗi đảng viên là một tấm gương, mỗi chi bộ là một hạt nhân đoàn kết.',
  'Những lời Bác dạy cách đây hơn nửa thế kỷ vẫn còn nguyên giá trị trong đời sống hôm nay.',
] as const;

/** Places in the province, as they were named before 1 July 2025. */
export const PLACES = [
  'thôn Kon Brâp Du',
  'làng Plei Rơ Nang',
  'thôn Đăk Wớt',
  'làng Kon Klor',
  'thôn Tu Mơ Rông',
  'xã Đăk Pxi',
  'xã Ngọk Réo',
  'thị trấn Plei Kần',
  'xã Măng Cành',
  'thôn Đăk Xú',
  'xã Ia Chim',
  'phường Quyết Thắng',
  'xã Sa Loong',
  'thôn Kon Đào',
  'xã Mô Rai',
  'xã Đăk Tơ Lung',
  'huyện Ia H’Drai',
  'thị trấn Đăk Hà',
  'xã Ngọc Linh',
  'làng Đăk Rế',
] as const;

/** Days and periods written the Vietnamese way, with numbers to read on radio. */
export const DATES = [
  'ngày 19/5/1890',
  'ngày 2/9/1945',
  'ngày 3/2/1930',
  'ngày 19/4/1946',
  'ngày 11/6/1948',
  'tháng 5/2016',
  'năm 2021',
  'giai đoạn 2016–2020',
  'quý III/2024',
  'ngày 15/5/2016',
  'dịp Tết Nguyên đán 2025',
  'ngày 27/7/2023',
  'ngày 20/11/2022',
  'tháng 12/2019',
  'năm 2018',
  'đầu năm 2024',
] as const;

/** Ethnic groups of the province. */
export const ETHNICITIES = ['Xơ Đăng', 'Ba Na', 'Gia Rai', 'Giẻ Triêng', 'Brâu', 'Rơ Măm', 'Kinh', 'Hrê', 'Mường', 'Tày'] as const;

/** Collectives honoured as exemplars. */
export const COLLECTIVES = [
  'Tổ hợp tác',
  'Chi hội phụ nữ',
  'Tổ dân phố',
  'Chi đoàn thanh niên',
  'Tổ tự quản',
  'Câu lạc bộ cồng chiêng',
  'HTX',
  'Trường PTDT bán trú',
  'Đội văn nghệ',
  'Tổ hòa giải',
] as const;

/** Crops a household or a cooperative grows, by the hectare. */
export const CROPS = [
  'cà phê xứ lạnh',
  'mắc ca',
  'sâm Ngọc Linh',
  'chanh dây',
  'bời lời đỏ',
  'dong riềng',
  'lúa nước hai vụ',
  'đương quy',
  'đảng sâm',
  'cao su tiểu điền',
  'sầu riêng',
  'bơ sáp',
  'hồ tiêu',
  'khoai lang',
  'ngô lai',
  'rau an toàn',
  'dâu tây',
  'ba kích tím',
  'quế',
  'chè xanh',
  'cà gai leo',
  'sâm dây',
  'bưởi da xanh',
  'mít ruột đỏ',
  'lạc giống mới',
  'thảo quả',
  'hoa địa lan',
  'gừng gió',
] as const;

/** What a crop replaced: the old, poorer way of farming. */
export const OLD_CROPS = ['mì', 'lúa rẫy một vụ', 'ngô địa phương', 'cà phê già cỗi', 'keo lai', 'mía'] as const;

/** Animals raised, with what they are counted in. */
export const LIVESTOCK = [
  { name: 'bò lai Sind', unit: 'con' },
  { name: 'heo đen bản địa', unit: 'con' },
  { name: 'dê Bách Thảo', unit: 'con' },
  { name: 'gà thả vườn', unit: 'con' },
  { name: 'heo rừng lai', unit: 'con' },
  { name: 'nhím', unit: 'con' },
  { name: 'vịt bầu', unit: 'con' },
  { name: 'trâu', unit: 'con' },
  { name: 'bò vàng', unit: 'con' },
  { name: 'thỏ', unit: 'con' },
  { name: 'ong lấy mật', unit: 'đàn' },
  { name: 'cá diêu hồng', unit: 'lồng' },
  { name: 'cá tầm nước lạnh', unit: 'bể' },
  { name: 'cá rô phi đơn tính', unit: 'ao' },
] as const;

/** Works a village builds together, with how their size is given and its usual range. */
export const WORKS = [
  { name: 'kênh mương nội đồng', size: 'dài {n} mét', range: [300, 4_500] },
  { name: 'đường bê tông liên thôn', size: 'dài {n} mét', range: [400, 6_000] },
  { name: 'nhà văn hóa thôn', size: 'rộng {n} mét vuông', range: [80, 300] },
  { name: 'cầu treo dân sinh', size: 'dài {n} mét', range: [40, 180] },
  { name: 'bể nước sinh hoạt tập trung', size: 'chứa {n} mét khối', range: [20, 150] },
  { name: 'sân bóng chuyền', size: 'rộng {n} mét vuông', range: [160, 400] },
  { name: 'đập dâng thủy lợi', size: 'tưới cho {n} ha lúa', range: [8, 120] },
  { name: 'nhà rông văn hóa', size: 'rộng {n} mét vuông', range: [90, 260] },
  { name: 'điểm trường mầm non', size: 'đủ chỗ cho {n} cháu', range: [20, 90] },
  { name: 'tuyến đèn năng lượng mặt trời', size: 'dài {n} mét', range: [500, 5_000] },
  { name: 'hệ thống nước tự chảy', size: 'cấp nước cho {n} hộ', range: [30, 260] },
  { name: 'bếp ăn bán trú', size: 'phục vụ {n} học sinh', range: [60, 450] },
  { name: 'đường nội đồng', size: 'dài {n} mét', range: [300, 3_500] },
  { name: 'cống qua đường', size: 'dài {n} mét', range: [6, 40] },
  { name: 'khu xử lý rác thải', size: 'rộng {n} mét vuông', range: [200, 1_500] },
  { name: 'tủ sách pháp luật', size: 'có {n} đầu sách', range: [150, 900] },
] as const;

/** Offices whose holders news reports quote, completed with the commune's name. */
export const OFFICES = [
  'Chủ tịch UBND',
  'Phó Chủ tịch UBND',
  'Bí thư Đảng ủy',
  'Phó Bí thư Thường trực Đảng ủy',
  'Chủ tịch UBMTTQ Việt Nam',
  'Chủ tịch Hội Nông dân',
  'Chủ tịch Hội LHPN',
  'Bí thư Đoàn',
  'cán bộ khuyến nông',
  'công chức văn hóa – xã hội',
] as const;
