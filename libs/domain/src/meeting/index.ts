export * from './meeting.commands';
export * from './meeting.events';
export * from './meeting.state';
export * from './meeting.evolve';
export * from './meeting.decider';
export * from './quorum';
export * from './meeting-snapshots';
export * from './decision-consequences';
