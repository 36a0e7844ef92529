import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { PartnershipCommand, RegisterPartnership } from './partnership.commands';
import { partnershipDecider } from './partnership.decider';
import type { PartnershipKind, PartnershipRegistered } from './partnership.events';

const given = DeciderSpecification.for(partnershipDecider);
const now = new Date('2017-04-03T09:00:00Z');

const register = (data: Partial<RegisterPartnership['data']> = {}): RegisterPartnership => ({
  type: 'RegisterPartnership',
  data: { partnershipId: 'nwl-csp', name: 'North West Leicestershire CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP', ...data },
  metadata: { now, actor: 'admin-1' },
});

const registered: PartnershipRegistered = {
  type: 'PartnershipRegistered',
  data: { partnershipId: 'nwl-csp', name: 'North West Leicestershire CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' },
};

describe('RegisterPartnership', () => {
  it('registers a partnership with its trimmed name and kind', () => {
    given([])
      .when(register({ name: '  North West Leicestershire CSP ' }))
      .then([registered]);
  });

  it.each(['COUNTY_STRATEGY_BOARD', 'POLICE_AND_CRIME_COMMISSIONER'] as const)('registers a %s', (kind) => {
    given([])
      .when(register({ partnershipId: 'board', name: 'Leicestershire Safer Communities Strategy Board', kind }))
      .then([
        {
          type: 'PartnershipRegistered',
          data: { partnershipId: 'board', name: 'Leicestershire Safer Communities Strategy Board', kind },
        },
      ]);
  });

  it('requires a name', () => {
    given([])
      .when(register({ name: '   ' }))
      .thenThrows(InvalidInputError, (e) => e.field === 'name' && e.message === 'name is required');
  });

  it('caps the name at 200 characters', () => {
    given([])
      .when(register({ name: 'x'.repeat(201) }))
      .thenThrows(
        InvalidInputError,
        (e) => e.field === 'name' && e.message === 'name must be at most 200 characters (it has 201)',
      );
  });

  it('accepts only the known kinds', () => {
    given([])
      .when(register({ kind: 'PARISH_COUNCIL' as PartnershipKind }))
      .thenThrows(
        InvalidInputError,
        (e) =>
          e.field === 'kind' &&
          e.message === 'kind must be one of COMMUNITY_SAFETY_PARTNERSHIP, COUNTY_STRATEGY_BOARD, POLICE_AND_CRIME_COMMISSIONER',
      );
  });

  it('refuses to register the same partnership twice', () => {
    given([registered])
      .when(register())
      .thenThrows(ConflictError, (e) => e.message === 'Partnership nwl-csp is already registered');
  });
});

describe('partnership state', () => {
  it('starts unregistered and remembers what was registered', () => {
    const { initialState, evolve } = partnershipDecider;
    expect(initialState()).toEqual({ exists: false, partnershipId: null, name: null, kind: null, members: [], mergedInto: null });
    expect(evolve(initialState(), registered)).toEqual({
      exists: true,
      partnershipId: 'nwl-csp',
      name: 'North West Leicestershire CSP',
      kind: 'COMMUNITY_SAFETY_PARTNERSHIP',
      members: [],
      mergedInto: null,
    });
  });
});

describe('structure over time', () => {
  const later = new Date('2023-05-10T09:00:00Z');
  const board: PartnershipRegistered = {
    type: 'PartnershipRegistered',
    data: { partnershipId: 'board', name: 'Leicestershire Safer Communities Strategy Board', kind: 'COUNTY_STRATEGY_BOARD' },
  };
  const command = <C extends PartnershipCommand>(type: C['type'], data: C['data']): C =>
    ({ type, data, metadata: { now: later, actor: 'admin-1' } }) as C;
  const rutlandJoined = {
    type: 'MemberJoined' as const,
    data: { partnershipId: 'board', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' },
  };

  describe('RecordMemberJoined', () => {
    it('records a council joining the county board with its flags and date', () => {
      given([board])
        .when(command('RecordMemberJoined', { partnershipId: 'board', agency: ' Rutland County Council ', responsibleAuthority: true, voting: true, on: '2023-04-01' }))
        .then([rutlandJoined]);
    });

    it('refuses an agency that is already a member, whatever its spelling case', () => {
      given([board, rutlandJoined])
        .when(command('RecordMemberJoined', { partnershipId: 'board', agency: 'rutland  county council', responsibleAuthority: false, voting: false, on: '2023-04-02' }))
        .thenThrows(ConflictError, (e) => e.field === 'agency' && e.message === 'Rutland County Council is already a member of Leicestershire Safer Communities Strategy Board');
    });

    it('needs a real date that is not in the future', () => {
      given([board])
        .when(command('RecordMemberJoined', { partnershipId: 'board', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-02-30' }))
        .thenThrows(InvalidInputError, (e) => e.field === 'on');
      given([board])
        .when(command('RecordMemberJoined', { partnershipId: 'board', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-05-11' }))
        .thenThrows(InvalidInputError, (e) => e.field === 'on' && e.message === 'on cannot be in the future');
    });

    it('needs the flags as booleans and the agency named', () => {
      given([board])
        .when(command('RecordMemberJoined', { partnershipId: 'board', agency: 'Rutland County Council', responsibleAuthority: 'yes' as never, voting: true, on: '2023-04-01' }))
        .thenThrows(InvalidInputError, (e) => e.field === 'responsibleAuthority' && e.message === 'responsibleAuthority must be true or false');
      given([board])
        .when(command('RecordMemberJoined', { partnershipId: 'board', agency: '  ', responsibleAuthority: true, voting: true, on: '2023-04-01' }))
        .thenThrows(InvalidInputError, (e) => e.field === 'agency');
    });

    it('needs a registered partnership', () => {
      given([])
        .when(command('RecordMemberJoined', { partnershipId: 'board', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' }))
        .thenThrows(NotFoundError, (e) => e.message === 'Partnership board was not found');
    });
  });

  describe('RecordMemberLeft', () => {
    it('records a member leaving under its recorded name', () => {
      given([board, rutlandJoined])
        .when(command('RecordMemberLeft', { partnershipId: 'board', agency: 'RUTLAND COUNTY COUNCIL', on: '2023-05-01' }))
        .then([{ type: 'MemberLeft', data: { partnershipId: 'board', agency: 'Rutland County Council', on: '2023-05-01' } }]);
    });

    it('refuses an agency that is not a member', () => {
      given([board])
        .when(command('RecordMemberLeft', { partnershipId: 'board', agency: 'Rutland County Council', on: '2023-05-01' }))
        .thenThrows(ConflictError, (e) => e.field === 'agency' && e.message === 'Rutland County Council is not a member of Leicestershire Safer Communities Strategy Board');
    });
  });

  describe('RenamePartnership', () => {
    it('records the old and new names', () => {
      given([board])
        .when(command('RenamePartnership', { partnershipId: 'board', name: 'Leicestershire and Rutland Safer Communities Strategy Board', on: '2023-04-01' }))
        .then([{ type: 'PartnershipRenamed', data: { partnershipId: 'board', previousName: 'Leicestershire Safer Communities Strategy Board', name: 'Leicestershire and Rutland Safer Communities Strategy Board', on: '2023-04-01' } }]);
    });

    it('refuses the name it already has', () => {
      given([board])
        .when(command('RenamePartnership', { partnershipId: 'board', name: 'Leicestershire Safer Communities Strategy Board', on: '2023-04-01' }))
        .thenThrows(ConflictError, (e) => e.field === 'name');
    });
  });

  describe('MergePartnership', () => {
    const blaby: PartnershipRegistered = { type: 'PartnershipRegistered', data: { partnershipId: 'blaby', name: 'Blaby CSP', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } };
    const merged = { type: 'PartnershipMerged' as const, data: { partnershipId: 'blaby', intoPartnershipId: 'hinckley', on: '2019-04-01' } };

    it('records that the partnership continues as another from a date', () => {
      given([blaby]).when(command('MergePartnership', { partnershipId: 'blaby', intoPartnershipId: 'hinckley', on: '2019-04-01' })).then([merged]);
    });

    it('refuses to merge a partnership into itself', () => {
      given([blaby])
        .when(command('MergePartnership', { partnershipId: 'blaby', intoPartnershipId: 'blaby', on: '2019-04-01' }))
        .thenThrows(InvalidInputError, (e) => e.field === 'intoPartnershipId' && e.message === 'A partnership cannot merge into itself');
    });

    it('accepts no structure change once merged away', () => {
      given([blaby, merged])
        .when(command('RenamePartnership', { partnershipId: 'blaby', name: 'Blaby District CSP', on: '2019-05-01' }))
        .thenThrows(ConflictError, (e) => e.message === 'Partnership blaby was merged into hinckley; change that partnership instead');
    });

    it('remembers members, names and the merge in its state', () => {
      const { initialState, evolve } = partnershipDecider;
      const state = [board, rutlandJoined, { type: 'PartnershipMerged' as const, data: { partnershipId: 'board', intoPartnershipId: 'x', on: '2023-05-01' } }].reduce(evolve, initialState());
      expect(state).toMatchObject({ members: [{ agency: 'Rutland County Council', responsibleAuthority: true, voting: true }], mergedInto: 'x' });
    });
  });
});
