import 'reflect-metadata';
import { SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RouteMetadataReflector } from './route-metadata.reflector';

@SetMetadata('policy', 'controller-wide')
class ReportsController {
  @SetMetadata('policy', 'reports.read')
  @SetMetadata('public', true)
  list() {}

  summary() {}
}

@SetMetadata('policy', 'admin-wide')
class AdminReportsController extends ReportsController {}

class Plain {
  open() {}
}

describe('RouteMetadataReflector', () => {
  const plain = new Reflector();
  const routes: Array<[string, Parameters<Reflector['getAllAndOverride']>[1]]> = [
    ['policy', [ReportsController.prototype.list, ReportsController]],
    ['policy', [ReportsController.prototype.summary, ReportsController]],
    ['policy', [ReportsController.prototype.summary, AdminReportsController]],
    ['public', [ReportsController.prototype.list, ReportsController]],
    ['public', [ReportsController.prototype.summary, ReportsController]],
    ['policy', [Plain.prototype.open, Plain]],
    ['policy', [ReportsController]],
  ];

  it("answers what Nest's Reflector answers: the handler's value, else the controller's, else undefined", () => {
    const reflector = new RouteMetadataReflector();
    for (const [key, targets] of routes) {
      expect(reflector.getAllAndOverride(key, targets)).toEqual(plain.getAllAndOverride(key, targets));
      expect(reflector.getAllAndOverride(key, targets)).toEqual(plain.getAllAndOverride(key, targets));
    }
    expect(reflector.getAllAndOverride('policy', [ReportsController.prototype.list, ReportsController])).toBe('reports.read');
    expect(reflector.getAllAndOverride('policy', [ReportsController.prototype.summary, AdminReportsController])).toBe('admin-wide');
    expect(reflector.getAllAndOverride('public', [Plain.prototype.open, Plain])).toBeUndefined();
  });

  it('reads a handler and controller once per key, an undefined answer included', () => {
    const reflector = new RouteMetadataReflector();
    const reads = jest.spyOn(Reflector.prototype, 'get');
    try {
      for (let i = 0; i < 5; i++) {
        reflector.getAllAndOverride('policy', [ReportsController.prototype.list, ReportsController]);
        reflector.getAllAndOverride('public', [Plain.prototype.open, Plain]);
      }
      // 'policy' is found on the handler (one read); 'public' is on neither (two reads).
      expect(reads).toHaveBeenCalledTimes(3);
    } finally {
      reads.mockRestore();
    }
  });

  it('keeps a handler shared by two controllers apart for each', () => {
    const reflector = new RouteMetadataReflector();
    expect(reflector.getAllAndOverride('policy', [ReportsController.prototype.summary, ReportsController])).toBe('controller-wide');
    expect(reflector.getAllAndOverride('policy', [ReportsController.prototype.summary, AdminReportsController])).toBe('admin-wide');
  });
});
