import { CATALOGUE_CLASS_EN, CATALOGUE_CLASS_ZH, ORDER_STATUS_EN, ORDER_STATUS_ZH } from '../../platform/kernel';

/** Menu services (zh-CN). */
export const catalogueZh = {
  menu: { public: '服务菜单', orders: '服务订单', items: '本组织服务项目' },
  class: { ...CATALOGUE_CLASS_ZH },
  status: { ...ORDER_STATUS_ZH },
  itemStatus: { published: '已上架', withdrawn: '已下架' },
  public: {
    title: '社区服务菜单', intro: '社区点单 · 社会组织接单 · 居民评单', all: '全部', free: '免费', perMonth: '每月{n}个名额', rating: '{avg}分（{n}条评价）',
    noRating: '暂无评价', order: '点单', login: '登录后点单', search: '搜索服务', empty: '暂无服务项目', serves: '服务区域', provider: '服务机构',
  },
  order: {
    title: '点单', region: '服务地点（社区或网格代码）', note: '需求说明', contactName: '联系人', contactPhone: '联系电话', submit: '提交订单', placed: '已下单，编号 {number}',
  },
  orders: {
    title: '服务订单', number: '订单号', item: '服务项目', provider: '服务机构', place: '服务地点', status: '状态', respondBy: '答复期限', overdue: '超时未接单',
    onlyOverdue: '只看超时', accept: '接单', decline: '拒单', deliver: '完成服务', cancel: '取消订单', rate: '评价', reason: '原因', deliveryNote: '服务记录',
    rating: '评分', comment: '评价内容', done: '已完成', timeline: '过程留痕', detail: '订单详情', price: '费用',
  },
  items: {
    title: '本组织服务项目', create: '发布服务项目', class: '服务类别', category: '服务领域', name: '项目名称', content: '服务内容', regions: '服务区域（区划代码，逗号分隔）',
    price: '价格（元，0为免费）', capacity: '每月名额', status: '状态', withdraw: '下架', publish: '重新上架', saved: '已保存',
  },
  events: { place: '点单', accept: '接单', decline: '拒单', cancel: '取消', deliver: '完成服务', rate: '居民评单' },
};

export const catalogueEn: typeof catalogueZh = {
  menu: { public: 'Service menu', orders: 'Service orders', items: 'Our catalogue items' },
  class: { ...CATALOGUE_CLASS_EN },
  status: { ...ORDER_STATUS_EN },
  itemStatus: { published: 'Published', withdrawn: 'Withdrawn' },
  public: {
    title: 'Community service menu', intro: 'Communities order · organisations deliver · residents rate', all: 'All', free: 'Free', perMonth: '{n} places a month', rating: '{avg} ({n} ratings)',
    noRating: 'No ratings yet', order: 'Order', login: 'Log in to order', search: 'Search services', empty: 'No services', serves: 'Serves', provider: 'Provider',
  },
  order: {
    title: 'Order', region: 'Where (community or grid code)', note: 'What you need', contactName: 'Contact name', contactPhone: 'Contact phone', submit: 'Place order', placed: 'Ordered as {number}',
  },
  orders: {
    title: 'Service orders', number: 'Order', item: 'Service', provider: 'Provider', place: 'Where', status: 'Status', respondBy: 'Answer by', overdue: 'Overdue',
    onlyOverdue: 'Overdue only', accept: 'Accept', decline: 'Decline', deliver: 'Delivered', cancel: 'Cancel', rate: 'Rate', reason: 'Reason', deliveryNote: 'Service record',
    rating: 'Rating', comment: 'Comment', done: 'Done', timeline: 'Timeline', detail: 'Order', price: 'Price',
  },
  items: {
    title: 'Our catalogue items', create: 'Publish an item', class: 'Class', category: 'Service domain', name: 'Name', content: 'Content', regions: 'Regions served (codes, comma separated)',
    price: 'Price (yuan, 0 = free)', capacity: 'Places a month', status: 'Status', withdraw: 'Withdraw', publish: 'Publish again', saved: 'Saved',
  },
  events: { place: 'Ordered', accept: 'Accepted', decline: 'Declined', cancel: 'Cancelled', deliver: 'Delivered', rate: 'Rated' },
};
