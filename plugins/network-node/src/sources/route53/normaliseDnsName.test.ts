import { normaliseDnsName, normaliseRecordValue } from './normaliseDnsName';

describe('normaliseDnsName', () => {
  it.each([
    ['svc-ledger.internal.localplus.io.', 'svc-ledger.internal.localplus.io'],
    ['\\052.internal.localplus.io.', '*.internal.localplus.io'],
    ['API.LocalPlus.IO', 'api.localplus.io'],
    ['a\\100b.example.', 'a@b.example'],
    ['already.normal', 'already.normal'],
    ['.', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseDnsName(input)).toBe(expected);
  });

  it('leaves non-octal backslashes alone', () => {
    expect(normaliseDnsName('a\\9b.example.')).toBe('a\\9b.example');
  });
});

describe('normaliseRecordValue', () => {
  it('normalises values that are names', () => {
    expect(normaliseRecordValue('CNAME', 'Target.Example.COM.')).toBe(
      'target.example.com',
    );
    expect(normaliseRecordValue('ns', 'ns-1.awsdns-00.com.')).toBe(
      'ns-1.awsdns-00.com',
    );
  });

  it('normalises only the target of MX and SRV values', () => {
    expect(normaliseRecordValue('MX', '10 Mail.Example.com.')).toBe(
      '10 mail.example.com',
    );
    expect(normaliseRecordValue('SRV', '1 5 443 \\052.svc.example.')).toBe(
      '1 5 443 *.svc.example',
    );
  });

  it('keeps other values as stored', () => {
    expect(normaliseRecordValue('TXT', '"Hello World."')).toBe(
      '"Hello World."',
    );
    expect(normaliseRecordValue('A', '10.0.0.1')).toBe('10.0.0.1');
  });
});
