// Labels of the complication registry, read by the web and by the API's responses alike.
import type { Text } from '../scores/instrument';
import type { ComplicationType } from './vocabulary';

export const COMPLICATION_LABELS: Record<ComplicationType, Text> = {
  pneumonia: { zh: '肺炎', en: 'Pneumonia' },
  respiratory_failure: { zh: '呼吸衰竭', en: 'Respiratory failure' },
  anastomotic_leak: { zh: '吻合口瘘', en: 'Anastomotic leak' },
  chylothorax: { zh: '乳糜胸', en: 'Chylothorax' },
  recurrent_laryngeal_nerve_palsy: { zh: '喉返神经麻痹', en: 'Recurrent laryngeal nerve palsy' },
  arrhythmia: { zh: '心律失常', en: 'Arrhythmia' },
  bleeding: { zh: '出血', en: 'Bleeding' },
  surgical_site_infection: { zh: '手术部位感染', en: 'Surgical-site infection' },
  vte_pe: { zh: '静脉血栓/肺栓塞', en: 'VTE / PE' },
  aki: { zh: '急性肾损伤', en: 'Acute kidney injury' },
  delirium: { zh: '谵妄', en: 'Delirium' },
  ponv: { zh: '术后恶心呕吐', en: 'PONV' },
  ketamine_hallucination: { zh: '氯胺酮相关幻觉/分离', en: 'Hallucination/dissociation after ketamine' },
  hoarseness_72h: { zh: '声音嘶哑超过 72 小时', en: 'Hoarseness beyond 72 h' },
  regional_block_neuro_deficit: {
    zh: '区域阻滞后神经功能障碍',
    en: 'Neurological deficit after regional block',
  },
  new_coma: { zh: '新发昏迷', en: 'New coma' },
  awareness: { zh: '术中知晓', en: 'Awareness' },
  persistent_fever: { zh: '持续发热', en: 'Persistent fever' },
  other: { zh: '其他', en: 'Other' },
};
