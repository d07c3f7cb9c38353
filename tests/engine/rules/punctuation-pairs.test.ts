// Punctuation rules on paired marks: quotes, brackets, book titles and what stands between them.
import { defaultEntry, testRule } from '../rule-tester'

testRule(defaultEntry('punct-straight-quotes'), {
  valid: [
    '开展“以案促改”活动。',
    // English text keeps its quotes and apostrophes
    'He said "yes" twice.',
    "Xi's speech, the students' notes",
    // an English word before the dots: "..." stays, so it is no Chinese ellipsis
    'Loading..."a"',
  ],
  invalid: [
    {
      text: '开展"以案促改"活动。',
      errors: [{ messageId: 'double', column: 3, endColumn: 9 }],
      output: '开展“以案促改”活动。',
    },
    {
      // single quotes inside a double pair become ‘’ in the same fix
      text: '　　他说"学习\'两个维护\'精神"。\r\n𠮷',
      errors: [{ messageId: 'double', line: 1, column: 5, endColumn: 17 }],
      output: '　　他说“学习‘两个维护’精神”。\r\n𠮷',
    },
    // an odd count: which mark is extra is unknown, so no fix
    { text: '开展"以案促改活动。', errors: [{ messageId: 'double', column: 3 }] },
    // single quotes at the outer level: “” is expected, but not certain enough to fix
    { text: "开展'以案促改'活动。", errors: [{ messageId: 'single', column: 3, endColumn: 9 }] },
    // a neighbour that a fix makes Chinese counts as Chinese already: an enclosed number
    // (㈠ → （一）) or an ellipsis (... → ……) (fuzz counterexamples)
    { text: '㈠""', errors: [{ messageId: 'double', column: 2, endColumn: 4 }], output: '㈠“”' },
    { text: '...""', errors: [{ messageId: 'double', column: 4 }], output: '...“”' },
    { text: '""...', errors: [{ messageId: 'double', column: 1 }], output: '“”...' },
    // a lone quote looks past full-width points and spaces a fix may delete (fuzz counterexamples)
    { text: "一是：'", errors: [{ messageId: 'single', column: 4 }] },
    { text: '二零二三年\u3000……"', errors: [{ messageId: 'double', column: 9 }] },
    { text: "'…\u3000一、", errors: [{ messageId: 'single', column: 1 }] },
    // "(一)" is Chinese as the "（一）" it is fixed to (fuzz counterexamples)
    { text: '(一)""', errors: [{ messageId: 'double', column: 4 }], output: '(一)“”' },
    { text: "''(一)（一）", errors: [{ messageId: 'single', column: 1, endColumn: 3 }] },
    // a digit before a quote makes it a minute or inch sign only with nothing Chinese after it;
    // "..." and full-width digits are read as the fixes leave them (fuzz counterexamples)
    { text: "8:30'...一、", errors: [{ messageId: 'single', column: 5 }] },
    { text: '一、\'１２３"', errors: [{ messageId: 'single', column: 3 }] },
    // “” around an inside that does not balance would cross the other marks: no fix
    { text: '“"”"', errors: [{ messageId: 'nested', column: 2, endColumn: 5 }] },
    { text: '〔"〕"', errors: [{ messageId: 'double', column: 2, endColumn: 5 }] },
    // a pair inside “…” is a quote in a quote: ‘’, not “” (the quote-nesting rule's error)
    {
      text: '他说：“学习"两个维护"精神”，"三会一课"',
      errors: [
        { messageId: 'nested', column: 7, endColumn: 13 },
        { messageId: 'double', column: 17, endColumn: 23 },
      ],
      output: '他说：“学习‘两个维护’精神”，“三会一课”',
    },
    // holding quotes of its own, the pair would need more than one replacement: no fix (fuzz)
    { text: '"“”一、"', errors: [{ messageId: 'double', column: 1, endColumn: 7 }] },
    { text: '“学习"两个\'维护\'"”', errors: [{ messageId: 'nested', column: 4 }] },
  ],
})

testRule(defaultEntry('punct-unpaired'), {
  valid: [
    '学习《中国共产党章程》。',
    // a list item closed by a lone bracket
    '1）加强学习。',
    '“学习‘两个维护’精神”，don’t',
    '（一）强化政治引领（含党支部）。',
    // a heading marker with a half-width bracket is left to the numbering rules
    '（1)做好用能服务',
    // text pasted with hard line breaks: a pair may close on the next line
    '会议指出，“\r\n　　要压实责任。”',
    // a quotation over several paragraphs: each opens with “, only the last closes
    '“第一段。\n“第二段。”',
  ],
  invalid: [
    { text: '学习《中国共产党章程》）。', errors: [{ messageId: 'unopened', column: 12 }] },
    { text: '开展“以案促改活动。', errors: [{ messageId: 'unclosed', column: 3 }] },
    {
      text: '　　（一）强化（学习𠮷\r\n二是',
      errors: [{ messageId: 'unclosed', line: 1, column: 8 }],
    },
    // a blank line ends a paragraph: the quote cannot close after it
    {
      text: '开展“学习\n\n培训。”',
      errors: [
        { messageId: 'unclosed', line: 1, column: 3 },
        { messageId: 'unopened', line: 3, column: 4 },
      ],
    },
    // too far apart to be one wrapped pair
    {
      text: '《甲\n乙\n丙\n丁》',
      errors: [
        { messageId: 'unclosed', line: 1, column: 1 },
        { messageId: 'unopened', line: 4, column: 2 },
      ],
    },
    {
      text: '（《条例）》',
      errors: [
        { messageId: 'unclosed', column: 2 },
        { messageId: 'unopened', column: 6 },
      ],
    },
  ],
})

testRule(defaultEntry('punct-quote-nesting'), {
  valid: [
    '“学习‘两个维护’精神”',
    '“两个确立”“两个维护”',
    // the outer quote never closes: which mark is wrong is unknown (punct-unpaired reports it)
    '“学习“两个维护”精神',
    // three levels as GB/T 15834 4.8.3.4 has them
    '他说：“要学习‘“两个维护”的要求’。”',
    // single quotes outside: not the standard order, so no level is certain
    '‘甲“乙”甲’',
  ],
  invalid: [
    {
      text: '“学习“两个维护”精神”',
      errors: [{ messageId: 'quoteNesting', column: 4, endColumn: 10 }],
      output: '“学习‘两个维护’精神”',
    },
    {
      text: '𠮷\r\n　　开展“学“三会一课”与“一岗双责”活动”。',
      errors: [
        { messageId: 'quoteNesting', line: 2, column: 7 },
        { messageId: 'quoteNesting', line: 2, column: 14 },
      ],
      output: '𠮷\r\n　　开展“学‘三会一课’与‘一岗双责’活动”。',
    },
    {
      // a third level inside the inner pair: which marks to change is not certain, so no fix
      text: '“甲“乙‘丙’乙”甲”',
      errors: [{ messageId: 'quoteNesting', column: 3, endColumn: 10 }],
    },
    {
      // an inner quotation longer than a few lines of text is flagged, not rewritten
      text: `“前文“${'学'.repeat(320)}”后文”`,
      errors: [{ messageId: 'quoteNesting', column: 4, endColumn: 326 }],
    },
    {
      // a third level goes back to double quotes: only the second level is wrong
      text: '“甲“乙“丙”乙”甲”',
      errors: [{ messageId: 'quoteNesting', column: 3, endColumn: 10 }],
      output: '“甲‘乙“丙”乙’甲”',
    },
    {
      // deeper than that the right marks are not certain: flagged once, no fix; one linear scan
      text: '“'.repeat(60) + '”'.repeat(60),
      errors: [{ messageId: 'quoteNesting', column: 2, endColumn: 120 }],
    },
  ],
})

testRule(defaultEntry('punct-booktitle-nesting'), {
  valid: ['《关于印发〈实施细则〉的通知》', '《条例》《规定》'],
  invalid: [
    {
      text: '《关于印发《实施细则》的通知》',
      errors: [{ messageId: 'booktitleNesting', column: 6, endColumn: 12 }],
      output: '《关于印发〈实施细则〉的通知》',
    },
    {
      text: '　　学习𠮷《关于《办法》的说明》\r\n',
      errors: [{ messageId: 'booktitleNesting', line: 1, column: 10 }],
      output: '　　学习𠮷《关于〈办法〉的说明》\r\n',
    },
  ],
})

testRule(defaultEntry('punct-booktitle-misuse'), {
  valid: [
    '开展“廉洁文化进机关”主题活动。',
    '印发《关于开展“廉洁文化进机关”活动的通知》。',
    '学习《中国共产党章程》。',
  ],
  invalid: [
    {
      text: '开展《廉洁文化进机关》主题活动。',
      errors: [{ messageId: 'flag', column: 3, endColumn: 12 }],
    },
    {
      text: '𠮷\r\n　　举办《青年干部培训班》',
      errors: [{ messageId: 'flag', line: 2, column: 5 }],
    },
  ],
})

testRule(defaultEntry('punct-dunhao-between-titles'), {
  valid: [
    '学习《中国共产党章程》《中国共产党纪律处分条例》。',
    // a 括注 between the titles: 顿号 is right (GB/T 15834 4.5.3.5)
    '学习《条例》（2023年修订）、《规定》。',
  ],
  invalid: [
    {
      text: '学习《中国共产党章程》、《中国共产党纪律处分条例》。',
      errors: [{ messageId: 'replace', column: 12 }],
      output: '学习《中国共产党章程》《中国共产党纪律处分条例》。',
    },
    {
      text: '𠮷\r\n　　落实“三会一课”、“一岗双责”。',
      errors: [{ messageId: 'replace', line: 2, column: 11 }],
      output: '𠮷\r\n　　落实“三会一课”“一岗双责”。',
    },
  ],
})

testRule(defaultEntry('punct-dunhao-before-deng'), {
  valid: ['开展谈心谈话、警示教育等活动。', '一、等级保护工作', '　　三、等保测评情况'],
  invalid: [
    {
      text: '开展谈心谈话、警示教育、等活动。',
      errors: [{ messageId: 'replace', column: 12 }],
      output: '开展谈心谈话、警示教育等活动。',
    },
    {
      text: '𠮷\r\n　　学习、培训、等等',
      errors: [{ messageId: 'replace', line: 2, column: 8 }],
      output: '𠮷\r\n　　学习、培训等等',
    },
  ],
})

testRule(defaultEntry('punct-bracket-period'), {
  valid: [
    '详见附件（附件2）。',
    // a whole sentence in brackets after a full stop keeps its own 句号
    '全年完成任务。（数据截至2023年底。）',
    '（此件公开发布。）',
  ],
  invalid: [
    {
      text: '详见附件（附件2。）',
      errors: [{ messageId: 'replace', column: 9, endColumn: 11 }],
      output: '详见附件（附件2）。',
    },
    {
      text: '𠮷\r\n　　详见附件（附件2。）\r\n',
      errors: [{ messageId: 'replace', line: 2, column: 11 }],
      output: '𠮷\r\n　　详见附件（附件2）。\r\n',
    },
  ],
})
