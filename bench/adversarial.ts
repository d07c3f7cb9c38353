/** Adversarial inputs for the engine benchmark: texts that once made a rule slower than linear. */

const HANZI = '一二三四五六七八九十'

/** Families of hostile text, each a function of a rough character count. */
export const adversarial: Record<string, (chars: number) => string> = {
  'inline list on one line': (n) => '一是加强学习；'.repeat(n / 7),
  'nested quotes': (n) => '“'.repeat(n / 2) + '”'.repeat(n / 2),
  'unclosed book titles': (n) => '《'.repeat(n),
  'brackets left open': (n) => '（'.repeat(n / 2) + '）'.repeat(n / 2),
  'heading after heading': (n) =>
    Array.from({ length: n / 8 }, (_, i) => `（${HANZI[i % 10]}）加强学习`).join('\n'),
  'doubled words': (n) => '加强学习加强学习'.repeat(n / 8),
  'spaces between characters': (n) => '加 强 '.repeat(n / 4),
  'spaces inside a title': (n) => '联系人：《' + '加 强 '.repeat(n / 4) + '关于》',
  'quoted lists': (n) => '他说“一是团结，二是奋斗”，'.repeat(n / 14),
  'quoted enumerators': (n) => '“一是”'.repeat(n / 4),
  'one line of dots': (n) => '.'.repeat(n),
  'one long address': (n) => 'https://a.example/' + 'c'.repeat(n),
  'dates in a row': (n) => '2024年1月1日，'.repeat(n / 10),
  'question marks': (n) => '？'.repeat(n),
  'doubled and allowed words': (n) => '的的为了了解'.repeat(n / 6),
  'parts after 其中': (n) => '共12起，其中' + 'A类1起、'.repeat(n / 5),
  'figures with dashes': (n) => '15—10人，'.repeat(n / 6),
  'changes in a row': (n) => '由120万元增加到150万元，增长20%，'.repeat(n / 22),
}
