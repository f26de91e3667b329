import type { MessageModule } from '../index';

// Strings of the browser-extension page scanner (extension/scanner) that end up in a FormSnapshot/ApplicationCheck.
export const scannerMessages: MessageModule = {
  'zh-CN': {
    'scanner.cross-origin-frame': '页面中嵌入的其他网站框架（{url}）无法检查。请在新标签页中打开该地址后再检查一次。',
    'scanner.node-limit': '页面元素超过 {max} 个，只检查了前 {max} 个，结果可能不完整。',
    'scanner.depth-limit': '页面有超过 {max} 层的嵌套，更深处的内容未检查，结果可能不完整。',
    'scanner.frame-depth-limit': '框架嵌套超过 {max} 层，更深的框架（{url}）未检查。',
    'scanner.unnamed-file': '未命名文件',
    // What an unreadable upload widget shows (SnapshotUpload.seen): a thumbnail, a row of a file list.
    'scanner.seen-image': '缩略图 {name}',
    'scanner.seen-row': '列表行“{text}”',
  },
  en: {
    'scanner.cross-origin-frame':
      'A frame from another site ({url}) could not be checked. Open that address in its own tab and check it there.',
    'scanner.node-limit':
      'The page has more than {max} elements; only the first {max} were checked, so the result may be incomplete.',
    'scanner.depth-limit':
      'The page is nested more than {max} levels deep; deeper content was not checked, so the result may be incomplete.',
    'scanner.frame-depth-limit':
      'Frames are nested more than {max} levels deep; the deeper frame ({url}) was not checked.',
    'scanner.unnamed-file': 'unnamed file',
    'scanner.seen-image': 'thumbnail {name}',
    'scanner.seen-row': 'list row “{text}”',
  },
};
