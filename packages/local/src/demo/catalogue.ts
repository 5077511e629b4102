/**
 * The demo district's fixed catalogue: what each department regulates, its inspection items
 * with their legal bases, and its annual plan. Counts are for scale 1 (about 5,000 targets
 * and 120 inspectors in 台儿庄区); `district.ts` scales and fills them in.
 */

export type TargetKind =
  | 'enterprise'
  | 'sole-trader'
  | 'other-subject'
  | 'product'
  | 'project'
  | 'behaviour';

export interface Profile {
  kind: TargetKind;
  industry: string;
  weight: number;
  /** words that end a name of this profile: 商贸 → 台儿庄区…商贸有限公司 */
  words: readonly string[];
}

export interface ItemSpec {
  code: string;
  name: string;
  legalBasis: string;
  category: 'key' | 'general';
  methods: ('desk-review' | 'on-site' | 'online-monitoring')[];
  qualification: string;
  /** what the item applies to in its department's directory: the denominator of its ratio */
  population: { kinds?: TargetKind[]; industries?: string[] };
  /** 检查内容: the points each result answers */
  checklist?: readonly string[];
}

export interface PlannedTaskSpec {
  seq: number;
  name: string;
  items: string[];
  participants?: string[];
  scope?: { kinds?: TargetKind[]; towns?: string[]; industries?: string[] };
  /**
   * key: risk strata of 20–50 % (every stratum ≥ 20 %, so the task alone keeps a key item
   * at 20 % of what it covers); general: one plain 5 %; or one plain ratio. The bands hold
   * per item and year over the item's population: every general item is planned by tasks
   * whose scopes split its population, so 5 % of each stays inside 3–10 %.
   */
  strata: 'key' | 'general' | { all: number };
  /**
   * month and day the window opens; every window closes on 31 December. The showcase tasks
   * (see load.ts) run all year, so the demo has a year's work whatever day it is loaded.
   */
  opens: string;
  teamSize?: number;
  excludeInspectedWithinDays?: number;
}

/**
 * Market subjects (or projects) another department also regulates: its directory holds them
 * under the same id (统一社会信用代码, project code) and name, with its own industry label and
 * unit. A joint task draws only subjects that every participant regulates.
 */
export interface ShareSpec {
  from: string;
  industry: string;
  as: string;
}

export interface DepartmentSpec {
  code: string;
  targets: number;
  inspectors: number;
  /** unit codes per town: stations (市场监管所, 中队) that own the targets of their town */
  stations?: Record<string, string>;
  /** the unit of the senior staff, who may be drawn for any town */
  headUnit: string;
  profiles: readonly Profile[];
  items: readonly ItemSpec[];
  expertise: readonly string[];
  tasks: readonly PlannedTaskSpec[];
  shares?: readonly ShareSpec[];
}

const onSite: ItemSpec['methods'] = ['on-site'];

export const DISTRICT_DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    code: 'SCJG',
    targets: 2000,
    inspectors: 30,
    stations: {
      运河街道: 'SCJG-YH',
      涧头集镇: 'SCJG-JTJ',
      马兰屯镇: 'SCJG-MLT',
      泥沟镇: 'SCJG-NG',
      邳庄镇: 'SCJG-PZ',
      张山子镇: 'SCJG-ZSZ',
    },
    headUnit: 'SCJG-JCDD',
    profiles: [
      { kind: 'enterprise', industry: '食品销售', weight: 22, words: ['商贸', '食品', '超市'] },
      {
        kind: 'sole-trader',
        industry: '食品销售',
        weight: 18,
        words: ['便利店', '副食店', '烟酒店'],
      },
      { kind: 'enterprise', industry: '餐饮服务', weight: 12, words: ['餐饮管理', '酒店管理'] },
      { kind: 'sole-trader', industry: '餐饮服务', weight: 14, words: ['饭店', '快餐店', '面馆'] },
      {
        kind: 'enterprise',
        industry: '特种设备使用',
        weight: 8,
        words: ['机械制造', '热力', '物流'],
      },
      { kind: 'enterprise', industry: '药品零售', weight: 8, words: ['大药房', '医药连锁'] },
      { kind: 'enterprise', industry: '批发零售', weight: 10, words: ['商贸', '建材', '家电'] },
      {
        kind: 'product',
        industry: '产品质量',
        weight: 8,
        words: ['小磨香油', '面粉', '塑料编织袋', '电线电缆'],
      },
    ],
    items: [
      {
        code: 'SCJG-01',
        name: '食品销售者经营条件和食品安全管理制度检查',
        legalBasis: '《中华人民共和国食品安全法》第三十三条、第五十三条',
        category: 'key',
        methods: onSite,
        qualification: 'SCJG-FOOD',
        checklist: [
          '食品经营许可证在有效期内并在经营场所显著位置公示',
          '从业人员持有有效健康证明',
          '落实进货查验记录制度，票证齐全',
          '食品贮存条件符合标签标示要求，无过期变质食品',
        ],
        population: { industries: ['食品销售'] },
      },
      {
        code: 'SCJG-02',
        name: '餐饮服务提供者食品安全检查',
        legalBasis: '《中华人民共和国食品安全法》第五十五条、第五十六条',
        category: 'key',
        methods: onSite,
        qualification: 'SCJG-FOOD',
        checklist: [
          '食品经营许可证在有效期内并公示',
          '加工制作过程生熟分开，餐具清洗消毒',
          '原料进货查验记录齐全',
        ],
        population: { industries: ['餐饮服务'] },
      },
      {
        code: 'SCJG-03',
        name: '企业公示信息检查',
        legalBasis: '《企业信息公示暂行条例》第十四条；《企业公示信息抽查办法》',
        category: 'general',
        methods: ['desk-review', 'on-site'],
        qualification: 'SCJG-GEN',
        population: { kinds: ['enterprise'] },
      },
      {
        code: 'SCJG-04',
        name: '特种设备使用单位安全管理检查',
        legalBasis: '《中华人民共和国特种设备安全法》第三十二条至第四十条',
        category: 'key',
        methods: onSite,
        qualification: 'SCJG-TSSB',
        population: { industries: ['特种设备使用'] },
      },
      {
        code: 'SCJG-05',
        name: '药品零售企业经营行为检查',
        legalBasis: '《中华人民共和国药品管理法》第五十三条',
        category: 'key',
        methods: onSite,
        qualification: 'SCJG-DRUG',
        population: { industries: ['药品零售'] },
      },
      {
        code: 'SCJG-06',
        name: '广告发布行为检查',
        legalBasis: '《中华人民共和国广告法》第四十九条',
        category: 'general',
        methods: ['online-monitoring', 'desk-review'],
        qualification: 'SCJG-GEN',
        population: { kinds: ['enterprise'] },
      },
      {
        code: 'SCJG-07',
        name: '产品质量监督抽查',
        legalBasis: '《中华人民共和国产品质量法》第十五条',
        category: 'general',
        methods: onSite,
        qualification: 'SCJG-CPZL',
        population: { kinds: ['product'] },
      },
    ],
    expertise: ['食品安全', '特种设备', '药品监管', '信用监管', '广告监测', '产品质量'],
    tasks: [
      {
        seq: 1,
        name: '餐饮服务单位食品安全和油烟污染防治联合抽查',
        items: ['SCJG-02', 'ZHZF-02'],
        participants: ['ZHZF'],
        scope: { industries: ['餐饮服务'] },
        // ZHZF-02 is general: the joint visit samples 5 %; SCJG-02 reaches 20 % with task 8
        strata: 'general',
        opens: '01-01',
      },
      {
        seq: 2,
        name: '企业公示信息定向抽查',
        items: ['SCJG-03'],
        scope: { kinds: ['enterprise'] },
        // 4 %, not 3 %: targets inspected within 180 days leave the pool at the freeze
        strata: { all: 400 },
        opens: '01-01',
        excludeInspectedWithinDays: 180,
      },
      {
        seq: 3,
        name: '食品销售者专项抽查',
        items: ['SCJG-01'],
        scope: { industries: ['食品销售'] },
        strata: 'key',
        opens: '03-15',
      },
      {
        seq: 4,
        name: '特种设备使用单位抽查',
        items: ['SCJG-04'],
        scope: { industries: ['特种设备使用'] },
        strata: 'key',
        opens: '05-06',
      },
      {
        seq: 5,
        name: '药品零售企业抽查',
        items: ['SCJG-05'],
        scope: { industries: ['药品零售'] },
        strata: 'key',
        opens: '09-01',
      },
      {
        seq: 6,
        name: '重点工业产品质量监督抽查',
        items: ['SCJG-07'],
        scope: { kinds: ['product'] },
        strata: 'general',
        opens: '06-01',
      },
      {
        seq: 7,
        name: '广告发布行为抽查',
        items: ['SCJG-06'],
        scope: { kinds: ['enterprise'] },
        strata: 'general',
        opens: '04-01',
      },
      {
        seq: 8,
        name: '餐饮服务食品安全监督抽查',
        items: ['SCJG-02'],
        scope: { industries: ['餐饮服务'] },
        strata: 'key',
        opens: '02-01',
      },
    ],
  },
  {
    code: 'STHJ',
    targets: 500,
    inspectors: 12,
    headUnit: 'STHJ-ZFDD',
    profiles: [
      {
        kind: 'enterprise',
        industry: '排污单位',
        weight: 45,
        words: ['化工', '建材', '造纸', '纺织'],
      },
      {
        kind: 'enterprise',
        industry: '危险废物产生单位',
        weight: 25,
        words: ['机械', '电镀', '汽车维修'],
      },
      {
        kind: 'project',
        industry: '建设项目',
        weight: 30,
        words: ['技术改造', '扩建', '新建厂房'],
      },
    ],
    items: [
      {
        code: 'STHJ-01',
        name: '排污许可证执行情况检查',
        legalBasis: '《排污许可管理条例》第二十六条',
        category: 'key',
        methods: ['on-site', 'online-monitoring'],
        qualification: 'STHJ-PW',
        population: { industries: ['排污单位'] },
      },
      {
        code: 'STHJ-02',
        name: '建设项目环境影响评价制度执行情况检查',
        legalBasis: '《中华人民共和国环境影响评价法》第二十七条',
        category: 'general',
        methods: ['desk-review', 'on-site'],
        qualification: 'STHJ-HP',
        population: { kinds: ['project'] },
      },
      {
        code: 'STHJ-03',
        name: '危险废物规范化管理检查',
        legalBasis: '《中华人民共和国固体废物污染环境防治法》第七十七条至第八十一条',
        category: 'key',
        methods: onSite,
        qualification: 'STHJ-GF',
        population: { industries: ['危险废物产生单位'] },
      },
    ],
    expertise: ['大气污染防治', '水污染防治', '固体废物', '环境影响评价'],
    tasks: [
      {
        seq: 1,
        name: '排污单位排污许可执行情况抽查',
        items: ['STHJ-01'],
        scope: { industries: ['排污单位'] },
        strata: 'key',
        opens: '03-01',
      },
      {
        seq: 2,
        name: '危险废物产生单位联合抽查',
        items: ['STHJ-03', 'YJJ-02'],
        participants: ['YJJ'],
        scope: { industries: ['危险废物产生单位'] },
        // YJJ-02 is general: 5 % here; STHJ-03 reaches 20 % with task 4
        strata: 'general',
        opens: '04-15',
      },
      {
        seq: 3,
        name: '建设项目环评制度执行情况抽查',
        items: ['STHJ-02'],
        scope: { industries: ['建设项目'] },
        strata: 'general',
        opens: '07-01',
      },
      {
        seq: 4,
        name: '危险废物规范化管理抽查',
        items: ['STHJ-03'],
        scope: { industries: ['危险废物产生单位'] },
        strata: 'key',
        opens: '03-01',
      },
    ],
    shares: [{ from: 'ZJJ', industry: '市政工程', as: '市政工程' }],
  },
  {
    code: 'ZJJ',
    targets: 400,
    inspectors: 12,
    headUnit: 'ZJJ-ZJZ',
    profiles: [
      {
        kind: 'project',
        industry: '房屋建筑工程',
        weight: 45,
        words: ['住宅小区', '安置房', '商业综合体'],
      },
      {
        kind: 'project',
        industry: '市政工程',
        weight: 15,
        words: ['道路改造', '雨污分流', '桥梁'],
      },
      { kind: 'enterprise', industry: '房地产开发', weight: 20, words: ['房地产开发', '置业'] },
      { kind: 'enterprise', industry: '建筑施工', weight: 20, words: ['建筑工程', '建设集团'] },
      // approved by 区行政审批服务局 on the builder's written promise (告知承诺, 台政发〔2019〕10号)
      {
        kind: 'project',
        industry: '告知承诺审批项目',
        weight: 10,
        words: ['厂房（告知承诺）', '仓储（告知承诺）', '配套用房（告知承诺）'],
      },
    ],
    items: [
      {
        code: 'ZJJ-01',
        name: '建设工程质量安全检查',
        legalBasis: '《建设工程质量管理条例》第四十七条；《建设工程安全生产管理条例》第四十条',
        category: 'key',
        methods: onSite,
        qualification: 'ZJJ-ZLAQ',
        population: { kinds: ['project'] },
      },
      {
        code: 'ZJJ-02',
        name: '房地产开发企业经营行为检查',
        legalBasis: '《城市房地产开发经营管理条例》',
        category: 'general',
        methods: ['desk-review', 'on-site'],
        qualification: 'ZJJ-FDC',
        population: { industries: ['房地产开发'] },
      },
      {
        code: 'ZJJ-03',
        name: '告知承诺审批项目承诺兑现情况核查',
        legalBasis: '台政发〔2019〕10号 六(一)；《建设工程质量管理条例》第四十七条',
        category: 'general',
        methods: onSite,
        qualification: 'ZJJ-ZLAQ',
        population: { kinds: ['project'], industries: ['告知承诺审批项目'] },
      },
    ],
    expertise: ['工程质量', '施工安全', '房地产市场'],
    tasks: [
      {
        seq: 1,
        name: '在建工程质量安全抽查',
        items: ['ZJJ-01'],
        scope: { kinds: ['project'] },
        strata: 'key',
        opens: '03-01',
      },
      {
        seq: 2,
        name: '在建工程项目部门联合抽查',
        items: ['ZJJ-01', 'ZRZY-02', 'STHJ-02'],
        participants: ['ZRZY', 'STHJ'],
        scope: { industries: ['市政工程'] },
        // ZRZY-02 and STHJ-02 are general; ZJJ-01 reaches 20 % with task 1
        strata: 'general',
        opens: '01-01',
      },
      {
        seq: 3,
        name: '房地产开发企业抽查',
        items: ['ZJJ-02'],
        scope: { industries: ['房地产开发'] },
        strata: 'general',
        opens: '08-01',
      },
      {
        seq: 4,
        // projects approved under 告知承诺: a broken promise goes to 区行政审批服务局
        name: '告知承诺审批项目承诺兑现抽查',
        items: ['ZJJ-03'],
        scope: { kinds: ['project'], industries: ['告知承诺审批项目'] },
        strata: 'general',
        opens: '01-01',
      },
    ],
  },
  {
    code: 'ZHZF',
    targets: 400,
    inspectors: 14,
    stations: {
      运河街道: 'ZHZF-1ZD',
      涧头集镇: 'ZHZF-2ZD',
      马兰屯镇: 'ZHZF-2ZD',
      泥沟镇: 'ZHZF-3ZD',
      邳庄镇: 'ZHZF-3ZD',
      张山子镇: 'ZHZF-4ZD',
    },
    headUnit: 'ZHZF-DD',
    profiles: [
      {
        kind: 'sole-trader',
        industry: '沿街商户',
        weight: 45,
        words: ['饭店', '烧烤店', '门市部'],
      },
      { kind: 'enterprise', industry: '户外广告', weight: 25, words: ['广告', '文化传媒'] },
      { kind: 'enterprise', industry: '燃气经营', weight: 10, words: ['燃气', '液化气'] },
    ],
    // 油烟: the catering businesses SCJG licenses are ZHZF's to watch too
    shares: [{ from: 'SCJG', industry: '餐饮服务', as: '餐饮服务' }],
    items: [
      {
        code: 'ZHZF-01',
        name: '户外广告设施设置检查',
        legalBasis: '《城市市容和环境卫生管理条例》第十一条',
        category: 'general',
        methods: onSite,
        qualification: 'ZHZF-SR',
        population: { industries: ['户外广告'] },
      },
      {
        code: 'ZHZF-02',
        name: '餐饮服务业油烟污染防治检查',
        legalBasis: '《中华人民共和国大气污染防治法》第八十一条',
        category: 'general',
        methods: onSite,
        qualification: 'ZHZF-DQ',
        population: { industries: ['餐饮服务'] },
      },
      {
        code: 'ZHZF-03',
        name: '城镇燃气经营安全检查',
        legalBasis: '《城镇燃气管理条例》第十五条、第十八条',
        category: 'key',
        methods: onSite,
        qualification: 'ZHZF-RQ',
        population: { industries: ['燃气经营'] },
      },
    ],
    expertise: ['市容管理', '大气污染', '燃气安全'],
    tasks: [
      {
        seq: 1,
        name: '户外广告设施设置抽查',
        items: ['ZHZF-01'],
        scope: { industries: ['户外广告'] },
        strata: 'general',
        opens: '04-01',
      },
      {
        seq: 2,
        name: '燃气经营企业安全抽查',
        items: ['ZHZF-03'],
        scope: { industries: ['燃气经营'] },
        strata: 'key',
        opens: '03-01',
      },
    ],
  },
  {
    code: 'YJJ',
    targets: 400,
    inspectors: 12,
    headUnit: 'YJJ-ZFDD',
    profiles: [
      { kind: 'enterprise', industry: '危险化学品经营', weight: 15, words: ['化工', '化学品'] },
      { kind: 'enterprise', industry: '成品油经营', weight: 15, words: ['加油站', '石油销售'] },
      {
        kind: 'enterprise',
        industry: '工贸企业',
        weight: 55,
        words: ['机械', '木业', '纺织', '食品'],
      },
      { kind: 'enterprise', industry: '非煤矿山', weight: 15, words: ['矿业', '石料'] },
    ],
    items: [
      {
        code: 'YJJ-01',
        name: '危险化学品经营单位安全生产检查',
        legalBasis: '《危险化学品安全管理条例》第三十四条',
        category: 'key',
        methods: onSite,
        qualification: 'YJJ-WHP',
        population: { industries: ['危险化学品经营', '成品油经营'] },
      },
      {
        code: 'YJJ-02',
        name: '工贸企业安全生产检查',
        legalBasis: '《中华人民共和国安全生产法》第六十五条',
        category: 'general',
        methods: onSite,
        qualification: 'YJJ-GM',
        population: { industries: ['工贸企业', '危险废物产生单位'] },
      },
    ],
    expertise: ['危险化学品', '工贸安全', '非煤矿山'],
    tasks: [
      {
        seq: 1,
        name: '危险化学品经营单位安全生产抽查',
        items: ['YJJ-01'],
        scope: { industries: ['危险化学品经营'] },
        strata: 'key',
        opens: '03-01',
      },
      {
        seq: 2,
        name: '工贸企业安全生产抽查',
        items: ['YJJ-02'],
        scope: { industries: ['工贸企业'] },
        strata: 'general',
        opens: '06-01',
      },
      {
        seq: 3,
        name: '成品油经营企业部门联合抽查',
        items: ['YJJ-01', 'SWJ-03'],
        participants: ['SWJ'],
        scope: { industries: ['成品油经营'] },
        strata: 'key',
        opens: '01-01',
      },
    ],
    // 工贸企业 that produce hazardous waste: STHJ's subjects, YJJ's for work safety too
    shares: [{ from: 'STHJ', industry: '危险废物产生单位', as: '危险废物产生单位' }],
  },
  {
    code: 'ZRZY',
    targets: 250,
    inspectors: 10,
    headUnit: 'ZRZY-JCDD',
    profiles: [
      { kind: 'enterprise', industry: '矿产资源开采', weight: 30, words: ['矿业', '石料', '建材'] },
      {
        kind: 'project',
        industry: '建设用地',
        weight: 70,
        words: ['工业用地', '商住用地', '公共设施用地'],
      },
    ],
    items: [
      {
        code: 'ZRZY-01',
        name: '矿产资源开发利用情况检查',
        legalBasis: '《中华人民共和国矿产资源法》',
        category: 'key',
        methods: ['on-site', 'online-monitoring'],
        qualification: 'ZRZY-KC',
        population: { industries: ['矿产资源开采'] },
      },
      {
        code: 'ZRZY-02',
        name: '建设用地批后监管检查',
        legalBasis: '《中华人民共和国土地管理法》第六十七条',
        category: 'general',
        methods: ['on-site', 'desk-review'],
        qualification: 'ZRZY-TD',
        population: { kinds: ['project'] },
      },
    ],
    expertise: ['矿产资源', '土地利用', '卫片执法'],
    tasks: [
      {
        seq: 1,
        name: '矿产资源开发利用情况抽查',
        items: ['ZRZY-01'],
        scope: { industries: ['矿产资源开采'] },
        strata: 'key',
        opens: '04-01',
      },
      {
        seq: 2,
        name: '建设用地批后监管抽查',
        items: ['ZRZY-02'],
        scope: { industries: ['建设用地'] },
        strata: 'general',
        opens: '06-01',
      },
    ],
    shares: [{ from: 'ZJJ', industry: '市政工程', as: '市政工程' }],
  },
  {
    code: 'JTYS',
    targets: 350,
    inspectors: 10,
    headUnit: 'JTYS-ZFDD',
    profiles: [
      { kind: 'enterprise', industry: '道路运输', weight: 50, words: ['运输', '物流', '客运'] },
      { kind: 'enterprise', industry: '机动车维修', weight: 35, words: ['汽车维修', '汽修服务'] },
      { kind: 'enterprise', industry: '驾驶员培训', weight: 15, words: ['驾驶员培训', '驾校'] },
    ],
    items: [
      {
        code: 'JTYS-01',
        name: '道路运输企业安全生产检查',
        legalBasis: '《中华人民共和国道路运输条例》',
        category: 'key',
        methods: onSite,
        qualification: 'JTYS-YS',
        population: { industries: ['道路运输'] },
      },
      {
        code: 'JTYS-02',
        name: '机动车维修经营者检查',
        legalBasis: '《机动车维修管理规定》',
        category: 'general',
        methods: onSite,
        qualification: 'JTYS-WX',
        population: { industries: ['机动车维修'] },
      },
    ],
    expertise: ['道路运输', '机动车维修', '驾培管理'],
    tasks: [
      {
        seq: 1,
        name: '道路运输企业安全生产抽查',
        items: ['JTYS-01'],
        scope: { industries: ['道路运输'] },
        strata: 'key',
        opens: '03-01',
      },
      {
        seq: 2,
        name: '机动车维修经营者抽查',
        items: ['JTYS-02'],
        scope: { industries: ['机动车维修'] },
        strata: 'general',
        opens: '07-01',
      },
    ],
  },
  {
    code: 'NYNC',
    targets: 350,
    inspectors: 10,
    headUnit: 'NYNC-ZFDD',
    profiles: [
      { kind: 'enterprise', industry: '农资经营', weight: 35, words: ['农资', '农业科技'] },
      { kind: 'sole-trader', industry: '农资经营', weight: 30, words: ['农资门市部', '种子店'] },
      { kind: 'enterprise', industry: '兽药经营', weight: 20, words: ['兽药', '动物保健'] },
      {
        kind: 'other-subject',
        industry: '农民专业合作社',
        weight: 15,
        words: ['种植专业合作社', '养殖专业合作社'],
      },
    ],
    items: [
      {
        code: 'NYNC-01',
        name: '农药经营者检查',
        legalBasis: '《农药管理条例》第二十四条至第二十七条',
        category: 'key',
        methods: onSite,
        qualification: 'NYNC-NY',
        population: { industries: ['农资经营'] },
      },
      {
        code: 'NYNC-02',
        name: '兽药经营企业检查',
        legalBasis: '《兽药管理条例》',
        category: 'general',
        methods: onSite,
        qualification: 'NYNC-SY',
        population: { industries: ['兽药经营'] },
      },
    ],
    expertise: ['农药管理', '兽药管理', '种子管理'],
    tasks: [
      {
        seq: 1,
        name: '农药经营者抽查',
        items: ['NYNC-01'],
        scope: { industries: ['农资经营'] },
        strata: 'key',
        opens: '03-01',
      },
      {
        seq: 2,
        name: '兽药经营企业抽查',
        items: ['NYNC-02'],
        scope: { industries: ['兽药经营'] },
        strata: 'general',
        opens: '05-06',
      },
    ],
  },
  {
    code: 'SWJ',
    targets: 350,
    inspectors: 10,
    headUnit: 'SWJ-ZFDD',
    profiles: [
      {
        kind: 'enterprise',
        industry: '单用途商业预付卡发卡',
        weight: 40,
        words: ['超市', '美容美发', '健身'],
      },
      { kind: 'enterprise', industry: '再生资源回收', weight: 35, words: ['再生资源', '物资回收'] },
    ],
    // the filling stations YJJ watches for hazardous chemicals are SWJ's 成品油零售 too
    shares: [{ from: 'YJJ', industry: '成品油经营', as: '成品油零售' }],
    items: [
      {
        code: 'SWJ-01',
        name: '单用途商业预付卡发卡企业检查',
        legalBasis: '《单用途商业预付卡管理办法（试行）》',
        category: 'general',
        methods: ['desk-review', 'on-site'],
        qualification: 'SWJ-YFK',
        population: { industries: ['单用途商业预付卡发卡'] },
      },
      {
        code: 'SWJ-02',
        name: '再生资源回收经营者检查',
        legalBasis: '《再生资源回收管理办法》',
        category: 'general',
        methods: onSite,
        qualification: 'SWJ-ZS',
        population: { industries: ['再生资源回收'] },
      },
      {
        code: 'SWJ-03',
        name: '成品油零售经营企业检查',
        legalBasis: '《成品油流通管理办法》',
        category: 'key',
        methods: onSite,
        qualification: 'SWJ-CPY',
        population: { industries: ['成品油零售'] },
      },
    ],
    expertise: ['商贸流通', '成品油', '预付卡'],
    tasks: [
      {
        seq: 1,
        name: '单用途商业预付卡发卡企业抽查',
        items: ['SWJ-01'],
        scope: { industries: ['单用途商业预付卡发卡'] },
        strata: 'general',
        opens: '04-01',
      },
      {
        seq: 2,
        name: '再生资源回收经营者抽查',
        items: ['SWJ-02'],
        scope: { industries: ['再生资源回收'] },
        strata: 'general',
        opens: '06-01',
      },
    ],
  },
];

export const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文'.split(
    '',
  );
export const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波宁鹏辉斌宇浩凯健俊帆帅旭晨阳东雪梅林琳颖倩婷欣怡'.split(
    '',
  );
export const ZIHAO = [
  '鑫源',
  '宏达',
  '金利',
  '恒通',
  '瑞丰',
  '顺发',
  '华泰',
  '运河',
  '古城',
  '兴隆',
  '福源',
  '天成',
  '广聚',
  '德润',
  '盛世',
  '永安',
  '嘉禾',
  '利民',
  '东方',
  '泰和',
  '汇丰',
  '中兴',
  '祥云',
  '金鼎',
  '鲁南',
  '万家',
  '聚福',
  '新世纪',
  '康源',
  '润泽',
  '隆盛',
  '正阳',
  '万通',
  '佳美',
  '信诚',
  '昌盛',
  '宝丰',
  '和顺',
  '金海',
  '长青',
  '绿源',
  '明珠',
  '凯达',
  '鼎盛',
  '创新',
  '华宇',
  '银河',
  '春秋',
];
