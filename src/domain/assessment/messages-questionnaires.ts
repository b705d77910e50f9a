// The PHQ-9 and GAD-7 items of the visit form, in Chinese and English (the postoperative assessment
// asks them too).
import type { LocalText } from '../common/field-messages';

export const QUESTIONNAIRE_MESSAGES = {
  'visit.phq9.item1': {
    'zh-CN': '1. 做事时提不起劲或没有兴趣',
    'en-US': '1. Little interest or pleasure in doing things',
  },
  'visit.phq9.item2': {
    'zh-CN': '2. 感到心情低落、沮丧或绝望',
    'en-US': '2. Feeling down, depressed, or hopeless',
  },
  'visit.phq9.item3': {
    'zh-CN': '3. 入睡困难、睡不安稳或睡眠过多',
    'en-US': '3. Trouble falling or staying asleep, or sleeping too much',
  },
  'visit.phq9.item4': {
    'zh-CN': '4. 感觉疲倦或没有活力',
    'en-US': '4. Feeling tired or having little energy',
  },
  'visit.phq9.item5': { 'zh-CN': '5. 食欲不振或吃太多', 'en-US': '5. Poor appetite or overeating' },
  'visit.phq9.item6': {
    'zh-CN': '6. 觉得自己很糟，或觉得自己很失败，或让自己或家人失望',
    'en-US':
      '6. Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  },
  'visit.phq9.item7': {
    'zh-CN': '7. 对事物专注有困难，例如阅读报纸或看电视时',
    'en-US': '7. Trouble concentrating on things, such as reading the newspaper or watching television',
  },
  'visit.phq9.item8': {
    'zh-CN': '8. 动作或说话速度缓慢到别人已经觉察？或正好相反——烦躁或坐立不安、动来动去的情况更胜于平常',
    'en-US':
      '8. Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  },
  'visit.phq9.item9': {
    'zh-CN': '9. 有不如死掉或用某种方式伤害自己的念头',
    'en-US': '9. Thoughts that you would be better off dead or of hurting yourself in some way',
  },
  'visit.gad7.item1': {
    'zh-CN': '1. 感觉紧张、焦虑或急切',
    'en-US': '1. Feeling nervous, anxious or on edge',
  },
  'visit.gad7.item2': {
    'zh-CN': '2. 不能够停止或控制担忧',
    'en-US': '2. Not being able to stop or control worrying',
  },
  'visit.gad7.item3': {
    'zh-CN': '3. 对各种各样的事情担忧过多',
    'en-US': '3. Worrying too much about different things',
  },
  'visit.gad7.item4': { 'zh-CN': '4. 很难放松下来', 'en-US': '4. Trouble relaxing' },
  'visit.gad7.item5': {
    'zh-CN': '5. 由于不安而无法静坐',
    'en-US': '5. Being so restless that it is hard to sit still',
  },
  'visit.gad7.item6': {
    'zh-CN': '6. 变得容易烦恼或急躁',
    'en-US': '6. Becoming easily annoyed or irritable',
  },
  'visit.gad7.item7': {
    'zh-CN': '7. 感到似乎将有可怕的事情发生而害怕',
    'en-US': '7. Feeling afraid as if something awful might happen',
  },
} as const satisfies Record<string, LocalText>;
