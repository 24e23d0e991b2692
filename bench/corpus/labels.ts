/** Small vocabularies of labels (categories, tags, fields, themes) and the words of Bác quoted in the corpus. */

/** Article categories. */
export const CATEGORIES = ['Mô hình hay', 'Tin tức', 'Gương sáng', 'Học tập', 'Dân vận khéo', 'Bình luận', 'Văn hóa', 'Biên giới'] as const;

/** Article tags. */
export const TAGS = [
  'Chỉ thị 05-CT/TW',
  'Dân vận khéo',
  'Nông thôn mới',
  'Mô hình hay, cách làm mới',
  'Giảm nghèo',
  'Đồng bào dân tộc thiểu số',
  'Biên phòng',
  'Giáo dục',
  'Phụ nữ',
  'Thanh niên',
  'Cựu chiến binh',
  'Nêu gương',
  'Văn hóa cồng chiêng',
  'Chuyển đổi số',
  'Nhà rông',
  'Khuyến học',
  'Sâm Ngọc Linh',
  'Cà phê',
  'An ninh trật tự',
  'Ngày sinh của Bác',
  'Tủ sách',
  'Y tế cơ sở',
  'Tiết kiệm',
  'Đoàn kết',
] as const;

/** Exemplars' fields of work. */
export const FIELDS = [
  'Nông nghiệp',
  'Giáo dục',
  'Y tế',
  'Văn hóa',
  'Quốc phòng – An ninh',
  'Dân vận',
  'Kinh tế tập thể',
  'Du lịch',
  'Môi trường',
  'Xây dựng Đảng',
] as const;

/** Story themes. */
export const THEMES = [
  'Tiết kiệm',
  'Thương dân',
  'Nêu gương',
  'Đoàn kết',
  'Tự lực',
  'Giản dị',
  'Học tập',
  'Yêu trẻ',
  'Khiêm tốn',
  'Kỷ luật',
  'Dân vận',
  'Lạc quan',
] as const;

/** Words of Bác and where they are published. */
export const QUOTES = [
  {
    text: 'Việc gì lợi cho dân, ta phải hết sức làm. Việc gì hại đến dân, ta phải hết sức tránh.',
    source: 'Thư gửi Ủy ban nhân dân các kỳ, tỉnh, huyện và làng (1945); Hồ Chí Minh Toàn tập, tập 4',
  },
  {
    text: 'Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.',
    source: 'Bài nói tại lớp học chính trị của giáo viên (13-9-1958); Hồ Chí Minh Toàn tập, tập 11',
  },
  {
    text: 'Không có việc gì khó / Chỉ sợ lòng không bền / Đào núi và lấp biển / Quyết chí ắt làm nên.',
    source: 'Lời tặng Thanh niên xung phong (1951); Hồ Chí Minh Toàn tập, tập 6',
  },
  {
    text: 'Đồng bào Kinh hay Thổ, Mường hay Mán, Gia Rai hay Ê Đê, Xơ Đăng hay Ba Na và các dân tộc thiểu số khác, đều là con cháu Việt Nam, đều là anh em ruột thịt.',
    source: 'Thư gửi Đại hội các dân tộc thiểu số miền Nam tại Plây Cu (19-4-1946); Hồ Chí Minh Toàn tập, tập 4',
  },
  {
    text: 'Thi đua là yêu nước, yêu nước thì phải thi đua.',
    source: 'Lời kêu gọi thi đua ái quốc (11-6-1948); Hồ Chí Minh Toàn tập, tập 5',
  },
  { text: 'Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong.', source: 'Bài «Dân vận» (1949); Hồ Chí Minh Toàn tập, tập 6' },
  {
    text: 'Mùa xuân là Tết trồng cây / Làm cho đất nước càng ngày càng xuân.',
    source: 'Bài «Tết trồng cây» (1960); Hồ Chí Minh Toàn tập, tập 12',
  },
  { text: 'Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.', source: 'Hồ Chí Minh Toàn tập, tập 1' },
  { text: 'Học hỏi là một việc phải tiếp tục suốt đời.', source: 'Hồ Chí Minh Toàn tập, tập 6' },
  {
    text: 'Lúc chúng ta nâng bát cơm mà ăn, nghĩ đến kẻ đói khổ, chúng ta không khỏi động lòng.',
    source: 'Bài «Sẻ cơm nhường áo», báo Cứu quốc (28-9-1945); Hồ Chí Minh Toàn tập, tập 4',
  },
] as const;

/** Books stories are retold from, with their publishers. */
export const SOURCES = [
  { title: 'Hồ Chí Minh Toàn tập, tập 4', publisher: 'NXB Chính trị quốc gia Sự thật', author: undefined },
  { title: 'Hồ Chí Minh Toàn tập, tập 6', publisher: 'NXB Chính trị quốc gia Sự thật', author: undefined },
  { title: 'Bác Hồ với đồng bào các dân tộc Tây Nguyên', publisher: 'NXB Chính trị quốc gia Sự thật', author: 'Nhiều tác giả' },
  { title: 'Những mẩu chuyện về đời hoạt động của Hồ Chủ tịch', publisher: 'NXB Chính trị quốc gia Sự thật', author: 'Trần Dân Tiên' },
  { title: 'Bác Hồ với thiếu niên, nhi đồng', publisher: 'NXB Kim Đồng', author: 'Nhiều tác giả' },
  { title: 'Kể chuyện Bác Hồ, tập 2', publisher: 'NXB Giáo dục Việt Nam', author: undefined },
  { title: 'Bác Hồ sống mãi với chúng ta', publisher: 'NXB Thanh niên', author: 'Nhiều tác giả' },
] as const;

/** What a story collection is about, after "Bác Hồ với …". */
export const COLLECTION_TOPICS = [
  'đồng bào các dân tộc Tây Nguyên',
  'thiếu niên, nhi đồng',
  'đức tính cần, kiệm, liêm, chính',
  'tinh thần tự lực, tự cường',
  'bộ đội Biên phòng',
  'phụ nữ Việt Nam',
  'nông dân',
  'các thầy cô giáo',
  'thương binh, liệt sĩ',
  'công nhân',
  'trí thức',
  'văn nghệ sĩ',
  'thanh niên xung phong',
  'đồng bào Công giáo',
  'người cao tuổi',
  'cán bộ cơ sở',
  'công tác dân vận',
  'việc học tập suốt đời',
  'phong trào thi đua ái quốc',
  'tình đoàn kết quốc tế',
] as const;

/** How a story collection title begins. */
export const COLLECTION_PREFIXES = [
  'Bác Hồ với',
  'Chuyện kể về Bác Hồ với',
  'Những lời dạy của Bác với',
  'Bác Hồ và',
  'Kỷ niệm về Bác với',
  'Bác Hồ trong lòng',
] as const;

/** Where stories happen. */
export const STORY_PLACES = [
  'Hà Nội',
  'Pác Bó, Cao Bằng',
  'Việt Bắc',
  'Phủ Chủ tịch',
  'Tân Trào, Tuyên Quang',
  'Paris',
  'Nghệ An',
  'Quảng trường Ba Đình',
  'Chiến khu Việt Bắc',
  'Nhà sàn Bác Hồ',
] as const;
