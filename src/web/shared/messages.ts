// The words of the app shell and the parts every page shares (loading, forms, conflicts, errors), in the one label shape.
import type { Messages } from './messages-shape';

export const sharedMessages = {
  'app.title': { 'zh-CN': '围术期全程管理平台', 'en-US': 'Perioperative Care Platform' },
  'app.menu.board': { 'zh-CN': '今日手术', 'en-US': "Today's OR" },
  'app.menu.patients': { 'zh-CN': '患者', 'en-US': 'Patients' },
  'app.menu.users': { 'zh-CN': '用户管理', 'en-US': 'Users' },
  'app.menu.audit': { 'zh-CN': '审计日志', 'en-US': 'Audit log' },
  'app.logout': { 'zh-CN': '退出登录', 'en-US': 'Log out' },
  'app.language': { 'zh-CN': 'English', 'en-US': '中文' },
  'app.loading': { 'zh-CN': '加载中…', 'en-US': 'Loading…' },
  'app.error.network': {
    'zh-CN': '无法连接服务器，请检查网络',
    'en-US': 'Cannot reach the server; check the network',
  },
  'app.live.connected': { 'zh-CN': '实时连接', 'en-US': 'Live' },
  'app.live.disconnected': {
    'zh-CN': '实时连接已断开，正在重连…',
    'en-US': 'Live connection lost; reconnecting…',
  },
  'form.save': { 'zh-CN': '保存', 'en-US': 'Save' },
  'form.cancel': { 'zh-CN': '取消', 'en-US': 'Cancel' },
  'form.saved': { 'zh-CN': '已保存', 'en-US': 'Saved' },
  'form.required': { 'zh-CN': '必填', 'en-US': 'Required' },
  'form.optional': { 'zh-CN': '选填', 'en-US': 'Optional' },
  'form.tagsHint': { 'zh-CN': '输入后回车', 'en-US': 'Type and press Enter' },
  'conflict.title': { 'zh-CN': '记录已被他人修改', 'en-US': 'Someone else changed this record' },
  'conflict.explain': {
    'zh-CN':
      '在您编辑期间，他人保存了此记录（当前版本 {version}）。为避免覆盖他人的修改，本次保存未执行。以下字段不同：',
    'en-US':
      'While you were editing, someone saved this record (now version {version}). Your save was not applied, so nothing was overwritten. These fields differ:',
  },
  'conflict.field': { 'zh-CN': '字段', 'en-US': 'Field' },
  'conflict.mine': { 'zh-CN': '我的修改', 'en-US': 'Yours' },
  'conflict.theirs': { 'zh-CN': '他人保存的内容', 'en-US': 'Saved by them' },
  'conflict.useTheirs': {
    'zh-CN': '放弃我的修改，载入最新内容',
    'en-US': 'Discard mine and load the latest',
  },
  'conflict.keepMine': {
    'zh-CN': '在最新版本上保留我的修改',
    'en-US': 'Keep my changes on the latest version',
  },
  'app.menu.security': { 'zh-CN': '安全策略', 'en-US': 'Security policy' },
  'forbidden.title': { 'zh-CN': '没有访问权限', 'en-US': 'No access' },
  'forbidden.text': {
    'zh-CN': '您没有访问此页面的权限。如需使用，请联系科室管理员开通。',
    'en-US': 'You do not have permission for this page. Ask the department administrator for access.',
  },
  'forbidden.back': { 'zh-CN': '返回首页', 'en-US': 'Back to the start page' },
  'notFound.title': { 'zh-CN': '页面不存在', 'en-US': 'Page not found' },
  'notFound.text': {
    'zh-CN': '您访问的页面不存在或已被移除。',
    'en-US': 'The page does not exist or was removed.',
  },
  'app.menu.overview': { 'zh-CN': '监控大屏', 'en-US': 'Live rooms' },
  'app.menu.devices': { 'zh-CN': '设备与接口', 'en-US': 'Devices & interface' },
  'app.menu.ward': { 'zh-CN': '病区看板', 'en-US': 'Ward board' },
  'app.menu.followup': { 'zh-CN': '随访任务', 'en-US': 'Follow-up' },
  'app.menu.ewsReport': { 'zh-CN': '预警报表', 'en-US': 'EWS report' },
  'app.menu.assessment': { 'zh-CN': '术前评估', 'en-US': 'Pre-op assessment' },
} as const satisfies Messages;
