/*
 * The CLI's own words (help, table, summary, reading problems), zh-CN first. Core's messages
 * (levels, scoring issues) come from core's `t`. test/cli/messages.test.ts checks both tables
 * have the same keys and placeholders.
 */
import { createTranslator, type Lang } from './core-api';

type Table = Record<string, string>;

const zh: Table = {
  'program.description':
    '商品售后服务评价（GB/T 27922-2011）工具：生成评分表、批量评分、生成评分副本。所有处理都在本机完成。',
  'help.usage': '用法：',
  'help.options': '选项：',
  'help.commands': '命令：',
  'help.arguments': '参数：',
  'help.global-options': '全局选项：',
  'help.help': '显示帮助',
  'help.help-command': '显示某个命令的帮助',
  'help.version': '显示版本号',
  'opt.lang': '语言：zh-CN（默认）或 en；也可用环境变量 LANG=en_US.UTF-8',
  'opt.scheme': '评分方案：内置编号（{ids}）或方案 JSON 文件；默认 {default}',
  'opt.force': '覆盖已存在的文件（默认拒绝覆盖）',
  'cmd.template': '生成评分表工作簿（Excel/WPS/LibreOffice 中可直接使用，公式自动计算）',
  'opt.output': '输出文件；默认 ./{default}',
  'cmd.score': '为评分表评分：一个或多个文件、文件夹（含子文件夹）或通配符；默认输出表格和汇总',
  'arg.files': '.xlsx 文件、文件夹或通配符（如 "评分表/*.xlsx"）',
  'opt.json': '每个文件输出一行 JSON（JSON Lines），用于程序处理',
  'opt.out':
    '把评分副本（<文件名>.scored.xlsx，宏工作簿为 .scored.xlsm）写入此文件夹：原文件加一张“结果”表，其余内容原样保留；原文件不会被修改',
  'opt.report': '为每个文件写一页 HTML 报告（<文件名>.report.html，A4 一页可打印）到此文件夹',
  'opt.jobs': '并行线程数；默认 {default}（本机 CPU 数）',
  'opt.reader': '读取方式：auto（默认，直接读取单元格，失败时改用 exceljs）或 exceljs（先用 exceljs，失败时直接读取）',
  'usage.bad-reader': '--reader 应为 auto 或 exceljs，收到“{value}”。',
  'opt.sheet': '要评分的工作表：名称，或同名时用位置（如 "#2"）；有多个工作表像评分表时必须指定',
  'opt.debug': '出错时显示程序库和系统的原始信息（报告问题时使用）',
  'opt.time-limit': '每个文件的处理时间上限（秒）；默认 {default}',
  'opt.memory-limit': '每个线程的内存上限（MiB）；默认 {default}',
  'usage.bad-limit': '{option} 应为正数，收到“{value}”。',
  'cmd.demo': '演示：用内置方案生成一份带示例分数的评分表，评分，生成评分副本并显示报告',
  'opt.dir': '演示文件的上级文件夹；默认 ./gbt27922-demo（每次运行新建一个带时间的子文件夹）',

  'usage.prefix': '用法错误：',
  'usage.unknown-option': '未知选项 {option}。用 --help 查看可用选项。',
  'usage.unknown-command': '未知命令 {command}。可用命令：{commands}。',
  'usage.missing-argument': '缺少参数 {argument}。',
  'usage.option-missing-argument': '选项 {option} 需要一个值。',
  'usage.excess-arguments': '多余的参数：{args}。',
  'usage.other': '{detail}',
  'usage.bad-lang': '不支持的语言“{lang}”。可用：zh-CN、en。',
  'usage.bad-jobs': '--jobs 应为正整数，收到“{value}”。',
  'usage.no-files': '没有找到要评分的文件：{args}。请给出 .xlsx 文件、文件夹或通配符。',
  'usage.no-match': '“{arg}”没有匹配到任何 .xlsx / .xlsm 文件。',
  'opt.quiet': '不输出表格和汇总（出错的文件仍写到标准错误，看退出码即可）',
  'read.stdin-empty': '标准输入（-）没有收到任何内容。用法：gbt27922 score - < 评分表.xlsx',
  'usage.scheme-not-found': '找不到评分方案“{scheme}”：它既不是内置方案（{ids}），也不是存在的文件。',
  'usage.scheme-invalid': '评分方案文件 {file} 无效：',
  'usage.out-is-file': '--out 应为文件夹，但 {dir} 是一个文件。',
  'usage.copies-exist': '以下评分副本已存在，未做任何处理（如需覆盖，请加 --force）：',
  'usage.report-is-file': '--report 应为文件夹，但 {dir} 是一个文件。',
  'usage.reports-exist': '以下报告已存在，未做任何处理（如需覆盖，请加 --force）：',
  'usage.help-hint': '用 gbt27922 --help 查看用法。',
  'usage.did-you-mean': '你是不是想输入 {suggestion}？',
  'help.token.options': '[选项]',
  'help.token.command': '[命令]',
  'help.examples': '示例：',
  'help.examples.root':
    '  gbt27922 template 评分表.xlsx            生成空白评分表\n  gbt27922 score 审核/                     给文件夹里的每个评分表评分\n  gbt27922 readiness 评分表.xlsx           看看现在能不能申请\n  gbt27922 demo                            用示例数据走一遍',
  'help.examples.score':
    '  gbt27922 score 评分表.xlsx\n  gbt27922 score 审核/ --out 评分副本/ --report 报告/\n  gbt27922 score "2025/*.xlsx" --json > 结果.jsonl',
  'help.examples.readiness':
    '  gbt27922 readiness 评分表.xlsx\n  gbt27922 readiness 答案.json --verbose\n  gbt27922 readiness 评分表.xlsx --as-of 2026-03-01 --system-months 6',
  'help.examples.template': '  gbt27922 template 评分表.xlsx\n  gbt27922 template 评分表.xlsx --lang en',
  'help.examples.demo': '  gbt27922 demo\n  gbt27922 demo --dir 演示',

  'write.refused': '文件已存在：{file}。未覆盖。如需覆盖，请加 --force。',
  'write.failed': '无法写入 {file}：{detail}',
  'template.written': '已生成评分表：{file}',
  'template.next': '下一步：在 Excel、WPS 或 LibreOffice 中打开并填写“评分表”工作表的得分列，保存后运行：',

  'read.not-found': '找不到文件：路径不存在。请检查文件名和文件夹。',
  'read.permission-denied': '没有读取权限，无法打开。请检查文件权限，或用有权限的账户运行。',
  'read.symlink-loop': '符号链接形成循环（链接最终指向自己），无法打开。请检查这个链接。',
  'read.not-a-file': '这是文件夹，不是文件。',
  'read.not-regular': '不是普通文件（{kind}），未打开。请给出 .xlsx 文件。',
  'filekind.fifo': '命名管道 FIFO',
  'filekind.socket': '套接字',
  'filekind.char-device': '字符设备',
  'filekind.block-device': '块设备',
  'read.too-large': '文件过大（{size} MiB，上限 {limit} MiB），未读取。',
  'read.empty': '文件为空（0 字节）。',
  'read.encrypted-or-xls': '加密或旧版 .xls 文件，无法读取。请在 Excel 中取消密码保护，或另存为 .xlsx 后再试。',
  'read.not-zip': '不是 .xlsx 工作簿（不是 zip 格式，看起来是{kind}）。请在 Excel 中另存为 .xlsx。',
  'read.not-zip-unknown': '不是 .xlsx 工作簿（不是 zip 格式，也认不出是什么文件）。请在 Excel 中另存为 .xlsx。',
  'sniff.pdf': ' PDF 文件',
  'sniff.html': '网页文件',
  'sniff.xml': ' XML 文件',
  'sniff.gzip': ' gzip 压缩文件',
  'sniff.rar': ' RAR 压缩包',
  'sniff.csv': ' CSV 文本',
  'read.truncated': '文件不完整（被截断）：{why}。请重新复制或下载原文件。',
  'read.zip-bomb': '疑似压缩炸弹，已停止解压：{why}。',
  'read.too-large-unpacked': '工作簿解压后过大：{why}。评分表通常不到 1 MiB，这样大的文件未读取。',
  'read.zip-encrypted': '压缩包中的 {name} 已加密，无法读取。',
  'read.zip-unsupported': '压缩包中的 {name} 使用了不支持的压缩方式（{method}）。',
  'read.corrupt': '文件已损坏：{why}。请重新复制或下载原文件，或在 Excel 中打开修复后另存。',
  'read.dtd': '文件中的 {part} 含有 DTD（文档类型声明）。正常的 Excel 文件不会有，这通常是恶意构造的文件，未读取。',
  'read.not-xlsx': '是 zip 压缩包，但不是 Excel 工作簿（缺少 xl/workbook.xml）。',
  'read.needs-exceljs': '直接读取失败，此文件需改用 exceljs 读取（程序内部应自动转交，出现此信息请报告给我们）。',
  'read.unreadable': '无法读取工作簿：两种读取方式都失败了。请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。',
  'read.internal':
    '内部错误（编号 {id}）：处理此文件时程序出错，其他文件不受影响。请把编号 {id} 报告给我们（加 --debug 可看到详细信息）。',
  'read.copy-internal':
    '内部错误（编号 {id}）：生成评分副本时程序出错，评分结果不受影响。请把编号 {id} 报告给我们（加 --debug 可看到详细信息）。',
  'read.timeout': '处理超过 {seconds} 秒，已停止（文件可能异常或被恶意构造）。其他文件照常处理。',
  'read.out-of-memory':
    '处理此文件所需内存超过上限（{limit} MiB），已停止（文件可能异常或被恶意构造）。其他文件照常处理。',
  'read.fallback-used': 'exceljs 无法打开此文件，已改为直接读取单元格数据（不含样式）。',
  'read.direct-failed': '无法直接读取单元格数据，已改用 exceljs 读取。',
  'read.too-many-rows': '工作表“{sheet}”有 {rows} 行，只读取了前 {limit} 行。',
  'debug.detail': '（调试信息：{detail}）',
  'sheet.label': '“{name}”（第 {position} 个工作表）',
  'list.sep': '、',
  'sheet.same-name':
    '有同名的工作表：{sheets}。无法确定哪一个是评分表，为避免评错，未评分。请在 Excel 中重命名其中一个，或用 --sheet "#序号" 指定要评分的工作表。',
  'sheet.competing':
    '有多个工作表都像评分表：{sheets}。为避免评错表，未评分。请用 --sheet 工作表名 指定要评分的那一个。',
  'sheet.not-found': '找不到 --sheet 指定的工作表“{sheet}”。本文件的工作表有：{sheets}。',
  'sheet.hidden':
    '评分表“{sheet}”是隐藏的工作表，已按它评分。请确认它就是要评分的表（Excel 中右键工作表标签 → 取消隐藏）。',
  'sheet.very-hidden':
    '评分表“{sheet}”被设为“非常隐藏”（Excel 的取消隐藏菜单里看不到它），已按它评分。请确认这是真正的评分表，而不是被藏起来的另一份。',
  'cleanup.removed': '已删除以前中断的运行留在 {dir} 中的 {count} 个临时文件。',
  'zip.no-eocd': '找不到 zip 目录（文件末尾缺失）',
  'zip.zip64-locator': 'ZIP64 目录定位记录缺失',
  'zip.zip64-outside': 'ZIP64 目录超出文件范围',
  'zip.entries': '包含 {count} 个文件（上限 {limit}）',
  'zip.total-ratio': '整个文件由 {packed} KiB 解压为 {size} MiB（压缩比超过 {limit} 倍）',
  'zip.unknown': 'zip 结构无法解析',
  'zip.cd-outside': 'zip 目录超出文件范围',
  'zip.cd-damaged': 'zip 目录第 {index} 项已损坏',
  'zip.declared-total': '解压后共 {size} MiB（上限 {limit} MiB）',
  'zip.ratio': '{name} 由 {packed} KiB 解压为 {size} MiB（压缩比超过 {limit} 倍）',
  'zip.local-outside': '{name} 的文件头超出文件范围',
  'zip.data-cut': '{name} 的数据不完整',
  'zip.lying': '{name} 解压后超过其声明的 {size} 字节',
  'zip.running-total': '解压数据超过 {limit} MiB',
  'zip.inflate-error': '其中的 {name} 已损坏，无法解压',
  'zip.size-mismatch': '{name} 解压得到 {got} 字节，与声明的 {size} 字节不符',
  'zip.encrypted-entry': '{name} 已加密',
  'zip.method': '{name} 的压缩方式 {method} 不受支持',
  'copy.failed': '未能生成评分副本：{detail}',
  'copy.not-written': '未生成评分副本：{why}',
  'copy.refused': '评分副本 {file} 已存在，未覆盖（如需覆盖，请加 --force）。',

  'table.file': '文件',
  'table.score': '得分',
  'table.level': '等级',
  'table.state': '状态',
  'table.unscored': '未评分',
  'table.problems': '问题',
  'table.unread': '无法读取',
  'table.no-score': '—',
  'table.provisional': '暂定',
  'report.issues-of': '{file}：',
  'report.more-issues': '……另有 {count} 条，用 --json 查看全部。',
  'report.note': '说明：{message}',
  'report.exclusions': '不适用（删减）：{list}',
  'report.exclusion': '{id}（{where}）',
  'summary.title': '汇总',
  'summary.counts': '共 {total} 个文件：已评分 {scored} 个，未能评分 {failed} 个。',
  'summary.levels': '等级分布：{dist}',
  'summary.none': '无',
  'summary.copies': '评分副本：{count} 个，位于 {dir}',
  'summary.reports': 'HTML 报告：{count} 个，位于 {dir}',
  'summary.time': '用时 {seconds} 秒（{jobs} 个线程）。',
  'progress.label': '评分中',

  'detail.scheme': '评分方案：{name}（{id} 版本 {version}）',
  'detail.organisation': '受评单位：{name}',
  'detail.score': '总分：{score}    等级：{level}{provisional}',
  'detail.provisional': '（暂定，尚有 {count} 项未评分）',
  'detail.state': '状态：{state}。{summary}',
  'detail.raw': '指标分合计 {earned} / 已评分项满分 {applicable}；特别扣分 {deductions} 项，特别加分 {bonus} 项',
  'detail.veto': '一票否决：{reason}',
  'detail.categories': '各类别：',
  'detail.category': '  {id} {name}：{earned} / {applicable}',
  'detail.next-level': '距离{level}（{threshold} 分）还差 {points} 分；优先改进：{items}',
  'detail.next-blocked': '无法仅靠加分达到{level}（{threshold} 分）。',
  'detail.top-level': '已达到最高等级。',
  'detail.unscored': '未评分：{ids}',
  'eligibility.title': '申请条件自查（自查工作表）：',
  'eligibility.line': '  {file}：{verdict}（核对日期 {asOf}）{gaps}',
  'eligibility.unmet': '未满足 {ids}',
  'eligibility.unknown': '待确认 {ids}',
  'eligibility.hint': '  逐条原因和要做的事：gbt27922 readiness <文件>',

  'demo.title': 'GB/T 27922-2011 演示（内置默认方案，示例数据）',
  'demo.template': '空白评分表',
  'demo.sample': '示例评分表（已填示例分数）',
  'demo.copy': '评分副本（含结果表）',
  'demo.report': '评分报告：',
  'demo.where': '以上文件都在：{dir}',
  'demo.next':
    '自己试一试：用 Excel/WPS/LibreOffice 打开空白评分表填写，然后运行 npx gbt27922 score <文件> --out <文件夹>',
  'demo.exists': '演示文件夹 {dir} 已存在（同一秒内重复运行？）。请稍后再试，或用 --dir 指定其他位置。',
  'demo.organisation': '示例电器服务有限公司',
  'demo.auditor': '李审核',
  'demo.address': '福建省福州市鼓楼区示例路 1 号',
  'demo.deduction': '服务承诺未在官网公示（已整改）',
  'demo.bonus': '获评省级售后服务示范企业',
  'demo.exclusion-note': '不提供配送安装（删减）',
};

const en: Table = {
  'program.description':
    'GB/T 27922-2011 after-sales service evaluation: generate scoring workbooks, score them in bulk, write scored copies. Everything runs on this machine.',
  'help.usage': 'Usage:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.arguments': 'Arguments:',
  'help.global-options': 'Global options:',
  'help.help': 'show help',
  'help.help-command': 'show help for a command',
  'help.version': 'show the version',
  'opt.lang': 'language: zh-CN (default) or en; LANG=en_US.UTF-8 works too',
  'opt.scheme': 'scoring scheme: a bundled id ({ids}) or a scheme JSON file; default {default}',
  'opt.force': 'overwrite existing files (refused by default)',
  'cmd.template': 'write a scoring workbook (works as is in Excel/WPS/LibreOffice; formulas recalculate)',
  'opt.output': 'output file; default ./{default}',
  'cmd.score': 'score workbooks: one or more files, folders (recursively) or globs; prints a table and a summary',
  'arg.files': '.xlsx files, folders or globs (e.g. "audits/*.xlsx")',
  'opt.json': 'print one JSON object per file (JSON Lines), for programs',
  'opt.out':
    'write scored copies (<name>.scored.xlsx, .scored.xlsm for macro workbooks) into this folder: the original plus a Result sheet, everything else kept as it is; inputs are never modified',
  'opt.report': 'write a one-page HTML report per file (<name>.report.html, prints on one A4 page) into this folder',
  'opt.jobs': 'parallel threads; default {default} (CPUs here)',
  'opt.reader':
    'reader: auto (default: cell XML read directly, exceljs if that fails) or exceljs (exceljs first, direct read if it throws)',
  'usage.bad-reader': '--reader must be auto or exceljs, got "{value}".',
  'opt.sheet':
    'the sheet to score: its name, or its position ("#2") when names repeat; required when several sheets read as scoring sheets',
  'opt.debug': "show libraries' and the system's own error texts (for bug reports)",
  'opt.time-limit': 'time limit per file, in seconds; default {default}',
  'opt.memory-limit': 'memory limit per thread, in MiB; default {default}',
  'usage.bad-limit': '{option} must be a positive number, got "{value}".',
  'cmd.demo':
    'demo: write a sample workbook with example scores for the bundled scheme, score it, write the scored copy, show the report',
  'opt.dir': 'parent folder of the demo files; default ./gbt27922-demo (a new timestamped subfolder per run)',

  'usage.prefix': 'Usage error: ',
  'usage.unknown-option': 'unknown option {option}. See --help for the options.',
  'usage.unknown-command': 'unknown command {command}. Commands: {commands}.',
  'usage.missing-argument': 'missing argument {argument}.',
  'usage.option-missing-argument': 'option {option} needs a value.',
  'usage.excess-arguments': 'too many arguments: {args}.',
  'usage.other': '{detail}',
  'usage.bad-lang': 'unsupported language "{lang}". Use zh-CN or en.',
  'usage.bad-jobs': '--jobs must be a positive integer, got "{value}".',
  'usage.no-files': 'no workbooks found: {args}. Give .xlsx files, folders or globs.',
  'usage.no-match': '"{arg}" matched no .xlsx / .xlsm file.',
  'opt.quiet': 'print no table or summary (files that fail still go to stderr; read the exit code)',
  'read.stdin-empty': 'nothing arrived on standard input (-). Usage: gbt27922 score - < audit.xlsx',
  'usage.scheme-not-found': 'scheme "{scheme}" not found: it is neither a bundled scheme ({ids}) nor an existing file.',
  'usage.scheme-invalid': 'scheme file {file} is not valid:',
  'usage.out-is-file': '--out must be a folder, but {dir} is a file.',
  'usage.copies-exist': 'These scored copies already exist; nothing was done (add --force to overwrite):',
  'usage.report-is-file': '--report must be a folder, but {dir} is a file.',
  'usage.reports-exist': 'These reports already exist; nothing was done (add --force to overwrite):',
  'usage.help-hint': 'See gbt27922 --help.',
  'usage.did-you-mean': 'Did you mean {suggestion}?',
  'help.token.options': '[options]',
  'help.token.command': '[command]',
  'help.examples': 'Examples:',
  'help.examples.root':
    '  gbt27922 template audit.xlsx             write a blank scoring workbook\n  gbt27922 score audits/                   score every workbook in a folder\n  gbt27922 readiness audit.xlsx            can the company apply yet?\n  gbt27922 demo                            try it on example data',
  'help.examples.score':
    '  gbt27922 score audit.xlsx\n  gbt27922 score audits/ --out copies/ --report reports/\n  gbt27922 score "2025/*.xlsx" --json > results.jsonl',
  'help.examples.readiness':
    '  gbt27922 readiness audit.xlsx\n  gbt27922 readiness answers.json --verbose\n  gbt27922 readiness audit.xlsx --as-of 2026-03-01 --system-months 6',
  'help.examples.template': '  gbt27922 template audit.xlsx\n  gbt27922 template audit.xlsx --lang en',
  'help.examples.demo': '  gbt27922 demo\n  gbt27922 demo --dir demo',

  'write.refused': '{file} already exists and was not overwritten. Add --force to overwrite it.',
  'write.failed': 'could not write {file}: {detail}',
  'template.written': 'Scoring workbook written: {file}',
  'template.next':
    'Next: open it in Excel, WPS or LibreOffice, fill in the score column of the scoring sheet, save, then run:',

  'read.not-found': 'file not found: the path does not exist. Check the file name and folder.',
  'read.permission-denied':
    'permission denied: the file cannot be opened. Check its permissions, or run as a user who may read it.',
  'read.symlink-loop': 'symbolic link loop (the link ends up pointing at itself); cannot be opened. Check the link.',
  'read.not-a-file': 'a folder, not a file.',
  'read.not-regular': 'not a regular file ({kind}); not opened. Give an .xlsx file.',
  'filekind.fifo': 'a named pipe (FIFO)',
  'filekind.socket': 'a socket',
  'filekind.char-device': 'a character device',
  'filekind.block-device': 'a block device',
  'read.too-large': 'file too large ({size} MiB, limit {limit} MiB); not read.',
  'read.empty': 'empty file (0 bytes).',
  'read.encrypted-or-xls':
    'encrypted or old .xls file; cannot be read. Remove the password in Excel or save it as .xlsx, then retry.',
  'read.not-zip': 'not an .xlsx workbook (not a zip; looks like {kind}). Save it as .xlsx in Excel.',
  'read.not-zip-unknown':
    'not an .xlsx workbook (not a zip, and not a kind of file we recognise). Save it as .xlsx in Excel.',
  'sniff.pdf': 'a PDF',
  'sniff.html': 'an HTML web page',
  'sniff.xml': 'an XML file',
  'sniff.gzip': 'a gzip archive',
  'sniff.rar': 'a RAR archive',
  'sniff.csv': 'CSV text',
  'read.truncated': 'file is incomplete (truncated): {why}. Copy or download the original again.',
  'read.zip-bomb': 'looks like a zip bomb; unpacking stopped: {why}.',
  'read.too-large-unpacked':
    'workbook too large once unpacked: {why}. A scoring workbook is usually under 1 MiB; a file this big is not read.',
  'read.zip-encrypted': '{name} inside the zip is encrypted and cannot be read.',
  'read.zip-unsupported': '{name} inside the zip uses an unsupported compression method ({method}).',
  'read.corrupt':
    'file is damaged: {why}. Copy or download the original again, or open it in Excel, let it repair, and save.',
  'read.dtd':
    '{part} in the file carries a DTD (document type declaration). Excel files never do; this is usually a crafted file. Not read.',
  'read.not-xlsx': 'a zip file, but not an Excel workbook (no xl/workbook.xml).',
  'read.needs-exceljs':
    'the direct reader failed and this file needs exceljs (handed over automatically; if you see this, please report it).',
  'read.unreadable':
    'workbook cannot be read: both readers failed. Open it in Excel or WPS, save it as .xlsx, then retry.',
  'read.internal':
    'internal error (id {id}): the program failed on this file; other files are not affected. Please report id {id} to us (--debug shows the details).',
  'read.copy-internal':
    'internal error (id {id}): the program failed writing the scored copy; the score is not affected. Please report id {id} to us (--debug shows the details).',
  'read.timeout':
    'stopped after {seconds} s (the file may be malformed or crafted). The other files are processed as usual.',
  'read.out-of-memory':
    'stopped: this file needs more memory than the limit of {limit} MiB (it may be malformed or crafted). The other files are processed as usual.',
  'read.fallback-used': 'exceljs could not open this file; cell values were read directly instead (no styles).',
  'read.direct-failed': 'cell values could not be read directly; exceljs read the file instead.',
  'read.too-many-rows': 'sheet "{sheet}" has {rows} rows; only the first {limit} were read.',
  'debug.detail': '(debug: {detail})',
  'sheet.label': '"{name}" (sheet {position})',
  'list.sep': ', ',
  'sheet.same-name':
    'sheets share a name: {sheets}. Which one is the scoring sheet cannot be told, so nothing was scored. Rename one in Excel, or pick one with --sheet "#position".',
  'sheet.competing':
    'several sheets read as scoring sheets: {sheets}. Nothing was scored rather than the wrong one. Pick one with --sheet NAME.',
  'sheet.not-found': 'no sheet "{sheet}" (from --sheet) in this file. Its sheets: {sheets}.',
  'sheet.hidden':
    'scoring sheet "{sheet}" is hidden; it was scored. Check that it is the sheet to score (in Excel: right-click a sheet tab → Unhide).',
  'sheet.very-hidden':
    'scoring sheet "{sheet}" is very hidden (Excel\'s Unhide menu does not list it); it was scored. Check that it is the real scoring sheet, not a second one tucked away.',
  'cleanup.removed': 'removed {count} temporary files left in {dir} by an interrupted run.',
  'cleanup.removed#one': 'removed {count} temporary file left in {dir} by an interrupted run.',
  'zip.no-eocd': 'no zip directory (the end of the file is missing)',
  'zip.zip64-locator': 'the ZIP64 directory locator is missing',
  'zip.zip64-outside': 'the ZIP64 directory lies outside the file',
  'zip.entries': '{count} entries (limit {limit})',
  'zip.total-ratio': 'the whole file unpacks from {packed} KiB to {size} MiB (ratio over {limit})',
  'zip.unknown': 'the zip structure cannot be parsed',
  'zip.cd-outside': 'the zip directory lies outside the file',
  'zip.cd-damaged': 'zip directory entry {index} is damaged',
  'zip.declared-total': '{size} MiB unpacked (limit {limit} MiB)',
  'zip.ratio': '{name} unpacks from {packed} KiB to {size} MiB (ratio over {limit})',
  'zip.local-outside': 'the header of {name} lies outside the file',
  'zip.data-cut': 'the data of {name} is cut off',
  'zip.lying': '{name} unpacks past its declared {size} bytes',
  'zip.running-total': 'more than {limit} MiB unpacked',
  'zip.inflate-error': 'the part {name} is damaged and cannot be unpacked',
  'zip.size-mismatch': '{name} unpacked to {got} bytes, {size} declared',
  'zip.encrypted-entry': '{name} is encrypted',
  'zip.method': '{name} uses compression method {method}, which is not supported',
  'copy.failed': 'scored copy not written: {detail}',
  'copy.not-written': 'scored copy not written: {why}',
  'copy.refused': 'scored copy {file} already exists and was not overwritten (add --force to overwrite).',

  'table.file': 'File',
  'table.score': 'Score',
  'table.level': 'Level',
  'table.state': 'State',
  'table.unscored': 'Unscored',
  'table.problems': 'Problems',
  'table.unread': 'unreadable',
  'table.no-score': '—',
  'table.provisional': 'provisional',
  'report.issues-of': '{file}:',
  'report.more-issues': '… {count} more; use --json to see them all.',
  'report.note': 'Note: {message}',
  'report.exclusions': 'Not applicable (excluded): {list}',
  'report.exclusion': '{id} ({where})',
  'summary.title': 'Summary',
  'summary.counts': '{total} files: {scored} scored, {failed} could not be scored.',
  'summary.counts#one': '{total} file: {scored} scored, {failed} could not be scored.',
  'summary.levels': 'Levels: {dist}',
  'summary.none': 'none',
  'summary.copies': 'Scored copies: {count}, in {dir}',
  'summary.reports': 'HTML reports: {count}, in {dir}',
  'summary.time': 'Took {seconds} s ({jobs} threads).',
  'summary.time#one': 'Took {seconds} s ({jobs} thread).',
  'progress.label': 'Scoring',

  'detail.scheme': 'Scheme: {name} ({id} version {version})',
  'detail.organisation': 'Organisation: {name}',
  'detail.score': 'Score: {score}    Level: {level}{provisional}',
  'detail.provisional': ' (provisional, {count} items unscored)',
  'detail.provisional#one': ' (provisional, {count} item unscored)',
  'detail.state': 'State: {state}. {summary}',
  'detail.raw':
    'Indicator points: {earned} of {applicable} (scored items); special deductions: {deductions}; bonus items: {bonus}',
  'detail.veto': 'Veto: {reason}',
  'detail.categories': 'Categories:',
  'detail.category': '  {id} {name}: {earned} / {applicable}',
  'detail.next-level': '{points} points short of {level} ({threshold}); improve first: {items}',
  'detail.next-blocked': '{level} ({threshold}) cannot be reached on points alone.',
  'detail.top-level': 'Top level reached.',
  'detail.unscored': 'Unscored: {ids}',
  'eligibility.title': 'Eligibility self-check (Self-check sheet):',
  'eligibility.line': '  {file}: {verdict} (as of {asOf}){gaps}',
  'eligibility.unmet': 'unmet {ids}',
  'eligibility.unknown': 'to confirm {ids}',
  'eligibility.hint': '  Reasons and what to do, condition by condition: gbt27922 readiness <file>',

  'demo.title': 'GB/T 27922-2011 demo (bundled default scheme, example data)',
  'demo.template': 'Blank workbook',
  'demo.sample': 'Sample audit (example scores)',
  'demo.copy': 'Scored copy (with results sheet)',
  'demo.report': 'Report:',
  'demo.where': 'All files are in: {dir}',
  'demo.next':
    'Try it yourself: fill the blank workbook in Excel/WPS/LibreOffice, then run npx gbt27922 score <file> --out <folder>',
  'demo.exists':
    'demo folder {dir} already exists (two runs in the same second?). Try again, or pick another place with --dir.',
  'demo.organisation': 'Example Appliance Service Co., Ltd.',
  'demo.auditor': 'Li Auditor',
  'demo.address': '1 Example Road, Gulou District, Fuzhou, Fujian',
  'demo.deduction': 'Service commitments not published on the website (rectified)',
  'demo.bonus': 'Named a provincial after-sales service model enterprise',
  'demo.exclusion-note': 'Delivery and installation not offered (excluded)',
};

export const CLI_MESSAGES: Record<Lang, Table> = { 'zh-CN': zh, en };

// Core's translator policy (fallback, placeholders, plural variants `key#one` chosen by params.count).
const translator = createTranslator<string>([CLI_MESSAGES]);

/** CLI message; `{name}` placeholders filled from params; a missing key shows itself, never blank. */
export function m(
  lang: Lang,
  key: string,
  params: Record<string, string | number | boolean | null | undefined> = {},
): string {
  return translator.t(lang, key, params);
}

/**
 * The sentence for a reading problem (cli/load-workbook.ts codes): zip problems slot their `why`
 * sentence in, a non-regular file its kind; a library's or the system's own text only with --debug.
 */
export function loadNoteMessage(
  lang: Lang,
  note: { code: string; params: Record<string, string | number> },
  debug = false,
): string {
  const p: Record<string, string | number> = { ...note.params };
  if (typeof p.why === 'string') p.why = m(lang, `zip.${p.why}`, note.params);
  if (note.code === 'not-regular' && typeof p.kind === 'string') p.kind = m(lang, `filekind.${p.kind}`);
  // The sniffed kind in words ("看起来是 PDF 文件"), never the code ('unknown' has its own sentence).
  const unknownKind =
    note.code === 'not-zip' && (p.kind === 'unknown' || m(lang, `sniff.${p.kind}`) === `sniff.${p.kind}`);
  if (note.code === 'not-zip' && !unknownKind) p.kind = m(lang, `sniff.${p.kind}`);
  const text = m(lang, unknownKind ? 'read.not-zip-unknown' : `read.${note.code}`, p);
  return debug && p.detail !== undefined ? `${text} ${m(lang, 'debug.detail', { detail: String(p.detail) })}` : text;
}
