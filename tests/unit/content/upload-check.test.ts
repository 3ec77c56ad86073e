/** Upload pre-check against the online system's rules as the 2024 rule set states them (附件2 第7步). */
import { describe, expect, it } from 'vitest';
import { checkFile, checkFiles, extensionOf, formatFileSize, summariseVerdicts } from '../../../src/lib/content/upload-check';
import { getRuleSet } from '../../../src/lib/rules';

const upload = getRuleSet('zhuzhou-2024')?.upload;
if (upload === undefined) throw new Error('zhuzhou-2024 has no upload rules');
const MB = 1024 * 1024;

describe('the file type rule (附件2 第7步)', () => {
  it.each(upload.extensions)('accepts a .%s file', (ext) => {
    expect(checkFile({ name: `学历证书.${ext}`, size: 1000 }, upload).ok).toBe(true);
  });

  it('accepts an allowed extension written in capitals', () => {
    expect(checkFile({ name: 'SCAN.PDF', size: 1000 }, upload).ok).toBe(true);
  });

  it.each(['照片.heic', '论文.zip', '成绩单.xls', '证书.pdf.exe'])('refuses %s and names the allowed types', (name) => {
    const verdict = checkFile({ name, size: 1000 }, upload);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toHaveLength(1);
    expect(verdict.problems[0]?.kind).toBe('type');
    expect(verdict.problems[0]?.message).toContain('只能上传 jpg、jpeg、png、doc、docx、pdf 文件');
  });

  it('refuses a file without an extension and says so', () => {
    const verdict = checkFile({ name: 'pdf', size: 10 }, upload);
    expect(verdict.problems[0]?.message).toContain('没有扩展名');
  });
});

describe('the size rule (附件2 第7步: 不超过20M)', () => {
  it('reads 20M as the rule set\'s byte limit', () => {
    expect(upload.maxBytes).toBe(20 * MB);
    expect(upload.maxLabel).toBe('20M');
  });

  it('accepts a file of exactly the limit', () => {
    expect(checkFile({ name: 'a.pdf', size: upload.maxBytes }, upload).ok).toBe(true);
  });

  it('refuses a file one byte over the limit, and its size never reads as 20.0 MB', () => {
    const verdict = checkFile({ name: 'a.pdf', size: upload.maxBytes + 1 }, upload);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toEqual([{ kind: 'size', message: '超过 20M（该文件 20.1 MB）' }]);
  });

  it('gives the size of a large file in MB', () => {
    expect(checkFile({ name: 'scan.jpg', size: 25.5 * MB }, upload).problems[0]?.message).toBe('超过 20M（该文件 25.5 MB）');
  });

  it('lists both problems for a large file of the wrong type', () => {
    const verdict = checkFile({ name: 'video.mp4', size: 30 * MB }, upload);
    expect(verdict.problems.map((p) => p.kind)).toEqual(['type', 'size']);
  });
});

describe('helpers', () => {
  it('takes the last extension of a name, in lower case', () => {
    expect(extensionOf('扫描件.2024.JPEG')).toBe('jpeg');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('a.')).toBe('');
    expect(extensionOf('dir.pdf/readme')).toBe('');
  });

  it('formats small files in KB and large ones in MB', () => {
    expect(formatFileSize(0)).toBe('0 KB');
    expect(formatFileSize(10)).toBe('1 KB');
    expect(formatFileSize(300 * 1024)).toBe('300 KB');
    expect(formatFileSize(3.25 * MB)).toBe('3.2 MB');
  });

  it('keeps the order of several files and summarises them in one sentence', () => {
    const verdicts = checkFiles([{ name: 'a.pdf', size: 1 }, { name: 'b.txt', size: 1 }], upload);
    expect(verdicts.map((v) => [v.name, v.ok])).toEqual([['a.pdf', true], ['b.txt', false]]);
    expect(summariseVerdicts(verdicts)).toBe('已检查 2 个文件：1 个符合要求，1 个不符合要求。');
    expect(summariseVerdicts(verdicts.slice(0, 1))).toBe('已检查 1 个文件，全部符合上传要求。');
  });
});
