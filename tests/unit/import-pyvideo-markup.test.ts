import { describe, expect, it } from 'vitest';
import { markupToText, inlineToText } from '../../scripts/import/pyvideo/markup-to-text.ts';
import { decodeHtmlEntities } from '../../scripts/import/pyvideo/html-entities.ts';

const lines = (...text: string[]) => text.join('\n');

describe('markupToText: reStructuredText', () => {
  it('joins hard-wrapped lines into paragraphs separated by one blank line', () => {
    expect(markupToText(lines('First line', 'continues here.', '', '', 'Second paragraph.'))).toBe('First line continues here.\n\nSecond paragraph.');
  });

  it('rejoins a word that the wrapping broke after its hyphen', () => {
    expect(markupToText(lines('a portable, high-', 'performance graph'))).toBe('a portable, high-performance graph');
  });

  it('keeps the text of links and drops the URL and the backquotes', () => {
    expect(markupToText('See `the docs <https://docs.python.org/3/>`_ and `PEP 8 <https://peps.python.org/pep-0008/>`__.')).toBe('See the docs and PEP 8.');
    expect(markupToText('Source: `<https://github.com/x/y>`_')).toBe('Source: https://github.com/x/y');
  });

  it('removes strong, emphasis, literals, roles and references but keeps what is inside literals', () => {
    expect(inlineToText('**Bold** and *em* with ``x := expr`` and ``**kwargs``')).toBe('Bold and em with x := expr and **kwargs');
    expect(inlineToText('Read :pep:`484` and :ref:`the guide <guide>`, see Sphinx_ or `Read the Docs`_ [1]_.')).toBe('Read 484 and the guide, see Sphinx or Read the Docs [1].');
  });

  it('leaves asterisks and underscores that are not markup alone', () => {
    expect(inlineToText('compute 2 * 3 * 4 with *args and file_name_here, __init__ and __main__')).toBe('compute 2 * 3 * 4 with *args and file_name_here, __init__ and __main__');
  });

  it('turns escapes into the characters they protect', () => {
    expect(inlineToText('\\* Reproducibility and create\\_task')).toBe('* Reproducibility and create_task');
  });

  it('makes section titles paragraphs of their own and drops the underlines and overlines', () => {
    const text = lines('=====', 'Title', '=====', 'Why', '===', '', 'Because.', '', 'Intro (2m)', '----------', '', '- first', '- second');
    expect(markupToText(text)).toBe('Title\n\nWhy\n\nBecause.\n\nIntro (2m)\n\n• first\n• second');
  });

  it('gives each list item its own line, continuation lines included', () => {
    const text = lines('Topics:', '', '-  New syntax: ``x := expr``', '-  Why will the new features appear', '   in Python 3.8?', '', '* star item', '#. auto-numbered', '1. numbered');
    expect(markupToText(text)).toBe('Topics:\n\n• New syntax: x := expr\n• Why will the new features appear in Python 3.8?\n\n• star item\n• auto-numbered\n1. numbered');
  });

  it('reads line blocks as lines, and lists written as line blocks as lists', () => {
    const text = lines('| Talk structure:', '| 1. What is it?', '| - A graph is created', '  and reused;', '| \\* Reproducibility');
    expect(markupToText(text)).toBe('Talk structure:\n1. What is it?\n• A graph is created and reused;\n• Reproducibility');
  });

  it('drops image, raw and other directives without prose, with their options', () => {
    const text = lines('Intro.', '', '.. image:: https://example.org/a.png', '   :width: 200', '   :alt: A picture', '', '.. raw:: html', '', '   <iframe src="x"></iframe>', '', 'After.');
    expect(markupToText(text)).toBe('Intro.\n\nAfter.');
  });

  it('keeps the code of code directives and literal blocks as lines, without the markers or the indentation', () => {
    const text = lines('Example::', '', '    def f(x):', '        return x', '', '.. code-block:: python', '', '    print(1)', '', 'Done ::', '', '    $ pip install x', '', 'End.');
    expect(markupToText(text)).toBe('Example:\n\ndef f(x):\nreturn x\n\nprint(1)\n\nDone\n\n$ pip install x\n\nEnd.');
  });

  it('does not read an unindented paragraph after "::" as code', () => {
    expect(markupToText(lines('Note::', '', 'this *is* prose.'))).toBe('Note:\n\nthis is prose.');
  });

  it('keeps the prose of admonitions and drops comments, targets and substitutions', () => {
    const text = lines('.. note:: Bring a laptop', '   with Python 3.', '', '.. _target: https://example.org', '.. This is a comment', '   spanning lines.', '.. |logo| image:: logo.png', '__ https://anonymous.example.org', 'Text.');
    expect(markupToText(text)).toBe('Bring a laptop with Python 3.\n\nText.');
  });

  it('keeps footnotes as text', () => {
    expect(markupToText(lines('Claim [1]_.', '', '.. [1] A source.'))).toBe('Claim [1].\n\n[1] A source.');
  });

  it('reads field lists as "Name: value"', () => {
    expect(markupToText(lines(':Level: Intermediate', ':Audience: Developers'))).toBe('Level: Intermediate\nAudience: Developers');
  });

  it('reads tables as rows of cells and drops the borders', () => {
    const grid = lines('+-----+-----+', '| a   | b   |', '+=====+=====+', '| 1   | 2   |', '+-----+-----+');
    expect(markupToText(grid)).toBe('a · b\n1 · 2');
    expect(markupToText(lines('===== =====', 'a     b', '===== =====', 'x     y', '===== ====='))).toBe('a b x y');
  });
});

describe('markupToText: Markdown', () => {
  it('removes headings, links, images, emphasis and code fences', () => {
    const text = lines(
      '# Heading #',
      'Read [the docs](https://example.org/a_(b)) and [What is new][1].',
      '![diagram](https://example.org/d.png)',
      '',
      '[1]: https://docs.python.org/3/whatsnew/3.8.html',
      '',
      '```python',
      'x = 2 * 3',
      '```',
      '',
      '> quoted _words_ here',
      '',
      '***',
      '__two words__ end',
    );
    expect(markupToText(text)).toBe('Heading\n\nRead the docs and What is new. diagram\n\nx = 2 * 3\n\nquoted words here\n\ntwo words end');
  });

  it('keeps autolinks as plain URLs', () => {
    expect(markupToText('Slides: <https://speakerdeck.com/x/y>')).toBe('Slides: https://speakerdeck.com/x/y');
  });
});

describe('markupToText: HTML', () => {
  it('turns paragraphs, breaks and list items into the plain-text structure and drops tags', () => {
    const html = '<p>First <b>bold</b> and <a href="https://x.org">a link</a>.</p>\n<p>Second<br/>line</p><ul><li>one</li><li>two</li></ul><!-- hidden --><script>alert(1)</script>';
    expect(markupToText(html)).toBe('First bold and a link.\n\nSecond\nline\n\n• one\n• two');
  });

  it('decodes character references, but never into control or direction characters', () => {
    expect(markupToText('<p>Q&amp;A &#8220;Python&#8221; &lt;3 &unknown; x&#x202E;y&#1;z</p>')).toBe('Q&A “Python” <3 &unknown; xyz');
    expect(decodeHtmlEntities('a&#10;b')).toBe('a b');
  });

  it('keeps blank-line paragraphs of a text with only inline tags', () => {
    expect(markupToText('One <b>bold</b>.\n\nTwo.')).toBe('One bold.\n\nTwo.');
  });
});

describe('markupToText: plain text', () => {
  it('changes only whitespace in text that is not markup', () => {
    expect(markupToText('  Hello, world!  \n\n\n  Python 3.8 — 100% fun.  ')).toBe('Hello, world!\n\nPython 3.8 — 100% fun.');
  });

  it('joins wrapped Chinese and Japanese lines without a space', () => {
    expect(markupToText('这是一个关于\n性能的演讲。')).toBe('这是一个关于性能的演讲。');
  });

  it('never leaves markup characters of the forms it reads', () => {
    const text = lines('Title', '=====', '', '**a** *b* ``c`` `d`_ `e <f>`_ :role:`g` [h](i) <b>j</b>', '', '.. image:: k');
    expect(markupToText(text)).not.toMatch(/[`*<>=]|\]\(|\.\. /);
  });
});
